package vn.lienket.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** Reads the version Maven wrote into {@code META-INF/build-info.properties}. */
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties buildInfo = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                buildInfo.load(in);
            }
        }
        return new String[] {
                "Liên kết " + buildInfo.getProperty("build.version", "(development build)"),
                "Java " + Runtime.version()
        };
    }
}
