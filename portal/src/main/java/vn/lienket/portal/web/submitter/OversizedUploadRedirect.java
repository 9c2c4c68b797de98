package vn.lienket.portal.web.submitter;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lienket.portal.PortalProperties;

/**
 * An upload on the page ({@code POST /submit}) larger than {@code lienket.portal.max-upload} is answered with the
 * form again, saying the limit and the size ({@code /submit?tooLarge=<bytes>}, redirect after post), before Spring
 * Security or the multipart parser read its body. Without this, the servlet container's multipart limit refuses
 * the body, the CSRF token inside it is never read, and the submitter meets "not allowed". The size is the
 * request's {@code Content-Length}, which browsers always send for a form; a body without one is parsed here, and
 * the container's size refusal (an {@link IllegalStateException}) gives the same page without a size. The API
 * ({@code /api/**}) keeps its own answer: 413 with JSON.
 */
@Component
public class OversizedUploadRedirect extends OncePerRequestFilter implements Ordered {

    static final String PARAMETER = "tooLarge";

    private final long maxUpload;

    public OversizedUploadRedirect(PortalProperties properties) {
        this.maxUpload = properties.maxUpload().toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;   // before Spring Security's filters (-100), which read the CSRF field
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/submit".equals(request.getServletPath())
                || request.getContentType() == null
                || !request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxUpload) {
            refuse(request, response, String.valueOf(length));
            return;
        }
        if (length < 0) {
            try {
                request.getParts();
            } catch (IllegalStateException overLimit) {
                refuse(request, response, "");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String size) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + "/submit?" + PARAMETER + "=" + size);
    }
}
