package vn.lienket.portal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the running portal answers, for {@code lienket serve} to print: the port is Spring's
 * {@code server.port} ({@code SERVER_PORT}, default 8080; 0 picks a free one, as tests do).
 */
@Component
public class PortalServer {

    private final AtomicInteger port = new AtomicInteger(-1);

    @EventListener
    void started(WebServerInitializedEvent event) {
        port.set(event.getWebServer().getPort());
    }

    /** The port the web server listens on, once started. */
    public int port() {
        int current = port.get();
        if (current < 0) {
            throw new IllegalStateException("The portal's web server has not started");
        }
        return current;
    }

    /** The address to open in a browser on this machine. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }
}
