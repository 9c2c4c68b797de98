package vn.lienket.portal.web.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.registry.Submission;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.OutOfScopeException;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.board.QuarterBoard;
import vn.lienket.portal.submission.AnnotatedCopies;
import vn.lienket.portal.submission.StoredReport;
import vn.lienket.portal.submission.SubmissionDiffs;
import vn.lienket.portal.submission.SubmissionVerdict;
import vn.lienket.portal.submission.SubmissionVerdicts;
import vn.lienket.portal.web.Quarters;

/**
 * A submission and its history: {@code /submissions} (what the user may see), {@code /submissions/{id}} (the
 * verdict and receipt), its annotated copy, its diff with the version it replaced, and the archived original.
 * Every submission is looked up through {@link AccessScope}: one outside the user's scope is a 404, like one
 * that does not exist.
 */
@Controller
public class SubmissionPagesController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SubmissionVerdicts verdicts;
    private final SubmissionDiffs diffs;
    private final AnnotatedCopies annotatedCopies;
    private final SubmissionArchive archive;
    private final QuarterBoard board;
    private final AccessScope scope;

    public SubmissionPagesController(SubmissionVerdicts verdicts, SubmissionDiffs diffs, AnnotatedCopies annotatedCopies,
                                     SubmissionArchive archive, QuarterBoard board, AccessScope scope) {
        this.verdicts = verdicts;
        this.diffs = diffs;
        this.annotatedCopies = annotatedCopies;
        this.archive = archive;
        this.board = board;
        this.scope = scope;
    }

    @GetMapping("/submissions")
    public String history(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String quarter, Model model) {
        return historyPage(user, quarter, model, false);
    }

    @GetMapping("/audit/submissions")
    public String allSubmissions(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String quarter,
                                 Model model) {
        return historyPage(user, quarter, model, true);
    }

    private String historyPage(PortalUser user, String quarter, Model model, boolean audit) {
        Optional<Quarter> selected = Quarters.parse(quarter);
        List<Submission> submissions = verdicts.history(selected, submission -> scope.maySeeSubmission(user, submission));
        model.addAttribute("submissions", submissions);
        model.addAttribute("quarters", Quarters.around(board.reportingQuarter()));
        model.addAttribute("selectedQuarter", selected.orElse(null));
        model.addAttribute("audit", audit);
        return "submissions";
    }

    @GetMapping("/submissions/{id}")
    public String verdict(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        SubmissionVerdict verdict = verdicts.verdict(visibleSubmission(user, id));
        model.addAttribute("verdict", verdict);
        model.addAttribute("problems", verdict.report().map(StoredReport::errorsAndWarnings).orElse(List.of()));
        if (!model.containsAttribute("alreadyProcessed")) {
            model.addAttribute("alreadyProcessed", false);
        }
        model.addAttribute("mayDownloadOriginal", scope.mayDownloadOriginal(user, verdict.submission()));
        model.addAttribute("mayUpload", scope.mayUpload(user));
        return "verdict";
    }

    @GetMapping("/submissions/{id}/diff")
    public String diff(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
        Submission submission = visibleSubmission(user, id);
        model.addAttribute("submissionId", submission.id());
        model.addAttribute("lines", diffs.diff(submission.id(), locale));
        return "diff";
    }

    /** The annotated copy, written now from the archived file and the stored report; 404 when there is nothing to mark. */
    @GetMapping("/submissions/{id}/annotated")
    public ResponseEntity<StreamingResponseBody> annotated(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        SubmissionVerdict verdict = verdicts.verdict(visibleSubmission(user, id));
        Path copy = verdict.report().flatMap(report -> annotatedCopies.write(verdict.submission(), report))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no annotated copy of submission " + id));
        return download(copy, AnnotatedCopies.downloadName(verdict.submission()), XLSX, true);
    }

    /** The archived bytes exactly as received, for auditors and whoever may act for the submission's province. */
    @GetMapping("/submissions/{id}/original")
    public ResponseEntity<StreamingResponseBody> original(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        Submission submission = visibleSubmission(user, id);
        if (!scope.mayDownloadOriginal(user, submission)) {
            scope.refuse(user, "original", Map.of("submission", id), id);
            throw new OutOfScopeException("original of submission " + id);
        }
        Path file = archive.find(submission.fileSha256())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "archived file of submission " + id));
        return download(file, Path.of(submission.originalFilename()).getFileName().toString(),
                MediaType.APPLICATION_OCTET_STREAM, false);
    }

    private Submission visibleSubmission(PortalUser user, long id) {
        scope.requireSubmission(user, id);
        return verdicts.find(id).orElseThrow(() -> new OutOfScopeException("submission " + id));
    }

    private static ResponseEntity<StreamingResponseBody> download(Path file, String name, MediaType type, boolean deleteAfter) {
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                if (deleteAfter) {
                    Files.deleteIfExists(file);
                }
            }
        };
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(type).contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
