package vn.lienket.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-less client of the running portal, as one person: signs in through the login form
 * (session cookie, CSRF token read from the form) for pages, and sends HTTP Basic for {@code /api/**}.
 * Redirects are not followed, so a test sees the redirect to the login page.
 */
public final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final String base;
    private final String username;
    private final String password;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    private PortalClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Nobody signed in. */
    public static PortalClient anonymous(int port) {
        return new PortalClient(port, null, null);
    }

    /** A user who has not signed in yet (API calls carry the password; pages need {@link #signIn()}). */
    public static PortalClient as(int port, String username, String password) {
        return new PortalClient(port, username, password);
    }

    /** Signs in through the login form; returns the response to the form's POST (a redirect). */
    public HttpResponse<String> signIn() {
        return signIn(password);
    }

    public HttpResponse<String> signIn(String typedPassword) {
        String form = "username=" + encode(username) + "&password=" + encode(typedPassword) + "&_csrf=" + encode(csrfToken());
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The CSRF token of this client's session, as the login form carries it. */
    public String csrfToken() {
        String page = get("/login").body();
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the login page: " + page);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    public HttpResponse<String> get(String path) {
        return send(authorised(path, HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** A form POST to a page, with this session's CSRF token. */
    public HttpResponse<String> postForm(String path, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(csrfToken());
        return send(authorised(path, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A multipart POST with one file in field {@code file} (pages get the CSRF token as a field too). */
    public HttpResponse<String> upload(String path, Path file) {
        try {
            String boundary = "----lienket" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (!path.startsWith("/api/")) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + csrfToken() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(authorised(path, HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request as built by the caller (e.g. with a bearer token), carrying this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie's value this client holds, empty before the portal gave it one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder authorised(String path, HttpRequest.Builder request) {
        if (path.startsWith("/api/") && username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
