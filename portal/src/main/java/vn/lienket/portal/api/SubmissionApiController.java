package vn.lienket.portal.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.upload.PortalUploads;
import vn.lienket.portal.upload.UploadRefusedException;
import vn.lienket.portal.upload.UploadVerdict;

/**
 * {@code POST /api/submissions} (multipart field {@code file}) and {@code GET /api/submissions}. The
 * upload goes through {@link PortalUploads}, as the upload page's does; the answer is the stored report
 * of the submission (the JSON of {@code lienket check --json}) with {@code submissionId} and
 * {@code status} ahead of it: 201 accepted, 200 already processed, 422 rejected, 403 another
 * province's workbook (audited).
 */
@RestController
@RequestMapping("/api/submissions")
class SubmissionApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalUploads uploads;
    private final SubmissionRegistry registry;
    private final AccessScope scope;
    private final MessageSource messages;

    SubmissionApiController(PortalUploads uploads, SubmissionRegistry registry, AccessScope scope, MessageSource messages) {
        this.uploads = uploads;
        this.registry = registry;
        this.scope = scope;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> upload(@AuthenticationPrincipal PortalUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        UploadVerdict verdict = uploads.upload(user, file);
        HttpStatus status = switch (verdict.kind()) {
            case ACCEPTED -> HttpStatus.CREATED;
            case ALREADY_PROCESSED -> HttpStatus.OK;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case OTHER_PROVINCE, NOT_YOURS -> HttpStatus.FORBIDDEN;
        };
        String body = verdict.result().map(SubmissionApiController::answer)
                .orElseGet(() -> JSON.writeValueAsString(Map.of("error", SubmissionLoader.PROVINCE_NOT_EXPECTED)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<SubmissionSummary> list(@AuthenticationPrincipal PortalUser user,
                                 @RequestParam(name = "quarter", required = false) String quarter) {
        Optional<Quarter> filter = Optional.ofNullable(quarter).filter(q -> !q.isBlank()).map(Quarter::parse);
        return registry.list(filter, Optional.empty()).stream()
                .filter(submission -> scope.maySeeSubmission(user, submission))
                .map(SubmissionSummary::of)
                .toList();
    }

    /** The stored report with the submission's id and status ahead of it. */
    private static String answer(IntakeResult result) {
        ObjectNode body = JSON.createObjectNode();
        body.put("submissionId", result.submission().id());
        body.put("status", result.submission().status().name().toLowerCase(Locale.ROOT));
        body.put("alreadyProcessed", result.alreadyProcessed());
        result.reportJson().map(JSON::readTree).filter(JsonNode::isObject)
                .ifPresent(report -> body.setAll((ObjectNode) report));
        return JSON.writeValueAsString(body);
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<Map<String, String>> refused(UploadRefusedException e) {
        String key = e.reason().messageKey();
        return ResponseEntity.status(e.reason().status()).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", key,
                "message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badParameter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "message", e.getMessage()));
    }

    /** One line of the listing. */
    record SubmissionSummary(long submissionId, String province, String quarter, String status, String receivedAt,
                             String sha256, String originalFilename, int errors, int warnings, String contractVersion) {

        static SubmissionSummary of(Submission s) {
            return new SubmissionSummary(s.id(), s.province().map(Object::toString).orElse(null),
                    s.quarter().map(Object::toString).orElse(null), s.status().name().toLowerCase(Locale.ROOT),
                    s.receivedAt().toString(), s.fileSha256(), s.originalFilename(), s.errorCount(), s.warningCount(),
                    s.contractVersion());
        }
    }
}
