package vn.lienket.portal.api;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionStatus;
import vn.lienket.portal.PortalProperties;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;

/**
 * {@code POST /api/submissions} (multipart field {@code file}) and {@code GET /api/submissions}.
 * The upload goes through {@link SubmissionIntake} like every other door, with the submitter's
 * province as the only one its door accepts (the cover decides; an operator's door accepts any). The
 * answer is the stored report of the submission (the JSON of {@code lienket check --json}) with
 * {@code submissionId} and {@code status} ahead of it: 201 accepted, 200 already processed, 422
 * rejected, 403 when the workbook is another province's (refused by the intake and audited).
 */
@RestController
@RequestMapping("/api/submissions")
class SubmissionApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubmissionIntake intake;
    private final SubmissionRegistry registry;
    private final AccessScope scope;
    private final PortalProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    SubmissionApiController(SubmissionIntake intake, SubmissionRegistry registry, AccessScope scope,
                            PortalProperties properties, MessageSource messages, Clock clock) {
        this.intake = intake;
        this.registry = registry;
        this.scope = scope;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> upload(@AuthenticationPrincipal PortalUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        IntakeResult result;
        try (UploadedWorkbook upload = UploadedWorkbook.save(file, properties.maxUpload())) {
            IntakeRequest request = new IntakeRequest(upload.file(), upload.originalFilename(),
                    AccessScope.actor(user), OffsetDateTime.now(clock), doorOf(user));
            result = intake.load(request);
        }
        if (!scope.maySeeSubmission(user, result.submission())) {
            // the bytes of another province's current version, sent through this user's door: the intake calls
            // them already processed; their report and id are not this user's to read
            scope.refuse(user, "upload", Map.of("province", result.submission().province().map(Object::toString).orElse(""),
                    "expected", user.province().map(Object::toString).orElse("")), result.submission().id());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(Map.of("error", SubmissionLoader.PROVINCE_NOT_EXPECTED)));
        }
        ObjectNode body = answer(result);
        HttpStatus status = statusOf(result, body);
        if (status == HttpStatus.FORBIDDEN) {
            scope.refuse(user, "upload", Map.of("province", body.path("cover").path("province").asString(""),
                    "expected", user.province().map(Object::toString).orElse("")), result.submission().id());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
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

    /** A submitter's door accepts its own province only; an operator's any (as the command line). */
    private static ProvinceScope doorOf(PortalUser user) {
        return user.role() == PortalRole.SUBMITTER ? ProvinceScope.of(user.province()) : ProvinceScope.any();
    }

    private static ObjectNode answer(IntakeResult result) {
        ObjectNode body = JSON.createObjectNode();
        body.put("submissionId", result.submission().id());
        body.put("status", result.submission().status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("alreadyProcessed", result.alreadyProcessed());
        result.reportJson().map(JSON::readTree).filter(JsonNode::isObject)
                .ifPresent(report -> body.setAll((ObjectNode) report));
        return body;
    }

    private static HttpStatus statusOf(IntakeResult result, ObjectNode body) {
        if (result.submission().status() == SubmissionStatus.REJECTED) {
            return body.path("problemCounts").path(SubmissionLoader.PROVINCE_NOT_EXPECTED).asInt(0) > 0
                    ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return result.alreadyProcessed() ? HttpStatus.OK : HttpStatus.CREATED;
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<Map<String, String>> refused(UploadRefusedException e) {
        return error(HttpStatus.valueOf(e.reason().status()), e.reason().messageKey());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, UploadRefusedException.Reason.TOO_LARGE.messageKey());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badParameter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "message", e.getMessage()));
    }

    private ResponseEntity<Map<String, String>> error(HttpStatus status, String key) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", key,
                "message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
    }

    /** One line of the listing. */
    record SubmissionSummary(long submissionId, String province, String quarter, String status, String receivedAt,
                             String sha256, String originalFilename, int errors, int warnings) {

        static SubmissionSummary of(Submission s) {
            return new SubmissionSummary(s.id(), s.province().map(Object::toString).orElse(null),
                    s.quarter().map(Object::toString).orElse(null), s.status().name().toLowerCase(java.util.Locale.ROOT),
                    s.receivedAt().toString(), s.fileSha256(), s.originalFilename(), s.errorCount(), s.warningCount());
        }
    }
}
