package vn.lienket.app.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/**
 * Creates command objects, handing each the lazily started application and the messages when its
 * constructor asks for them.
 */
class CommandFactory implements CommandLine.IFactory {

    private final ApplicationContextLauncher application;
    private final Messages messages;

    CommandFactory(ApplicationContextLauncher application, Messages messages) {
        this.application = application;
        this.messages = messages;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 2 && parameters[0] == ApplicationContextLauncher.class && parameters[1] == Messages.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(application, messages));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
