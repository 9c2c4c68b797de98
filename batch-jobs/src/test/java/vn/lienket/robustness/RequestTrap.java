package vn.lienket.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 that the corpus's external entities point at: an XML parser that
 * resolved one would ask it for the entity, so every request it receives is a request that left
 * Liên kết. The test asserts it received none.
 */
final class RequestTrap implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private RequestTrap(HttpServer server) {
        this.server = server;
    }

    static RequestTrap start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RequestTrap trap = new RequestTrap(server);
            server.createContext("/", exchange -> {
                trap.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = "<!ENTITY leaked \"trap\">".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return trap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address an entity named {@code name} points at. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
