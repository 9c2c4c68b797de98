package vn.lienket.portal.submission;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.intake.registry.SubmissionRegistry;
import vn.lienket.intake.registry.SubmissionReports;
import vn.lienket.workbook.reference.Province;

/**
 * The submission registry as the portal shows it: the history a user may see and the verdict of one
 * submission with its stored report. Which submissions a user may see is the caller's to say (it asks
 * {@code AccessScope}); this class only reads.
 */
@Service
public class SubmissionVerdicts {

    private final SubmissionRegistry registry;
    private final SubmissionReports reports;
    private final WarehouseCheckContexts reference;

    public SubmissionVerdicts(SubmissionRegistry registry, SubmissionReports reports, WarehouseCheckContexts reference) {
        this.registry = registry;
        this.reports = reports;
        this.reference = reference;
    }

    /** The submissions of a quarter (or of every quarter) that pass {@code visible}, newest first. */
    public List<Submission> history(Optional<Quarter> quarter, Predicate<Submission> visible) {
        return registry.list(quarter, Optional.empty()).stream().filter(visible)
                .sorted(java.util.Comparator.comparingLong(Submission::id).reversed())
                .toList();
    }

    /** The submission with this id, if there is one. */
    public Optional<Submission> find(long id) {
        return registry.find(id);
    }

    public SubmissionVerdict verdict(Submission submission) {
        Optional<String> provinceName = submission.province()
                .flatMap(id -> reference.provinces().find(id)).map(Province::name);
        return new SubmissionVerdict(submission, provinceName, reports.find(submission.id()).map(StoredReport::parse));
    }
}
