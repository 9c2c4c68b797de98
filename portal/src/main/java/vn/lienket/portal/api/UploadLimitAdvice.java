package vn.lienket.portal.api;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.lienket.portal.upload.UploadRefusedException;

/**
 * An API upload the servlet container refuses for its size ({@code spring.servlet.multipart.*}, set to
 * {@code lienket.portal.max-upload}) is answered as {@link SubmissionApiController} answers one over the limit:
 * 413 with the JSON {@code {"error": "upload.refused.too-large", "message": …}}. The refusal happens while the
 * request is parsed, before any controller is chosen, so only an advice for every controller sees it; a page upload
 * over the limit never gets here ({@code web.submitter.OversizedUploadRedirect} sends it back to the form first).
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        UploadRefusedException.Reason reason = UploadRefusedException.Reason.TOO_LARGE;
        String key = reason.messageKey();
        return ResponseEntity.status(reason.status()).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", key,
                "message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
    }
}
