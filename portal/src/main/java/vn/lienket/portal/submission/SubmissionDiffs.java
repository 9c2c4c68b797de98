package vn.lienket.portal.submission;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import vn.lienket.intake.commit.DiffLabels;
import vn.lienket.intake.registry.SubmissionOutcomes;
import vn.lienket.intake.registry.SubmissionOutcomes.DiffLine;

/**
 * How a submission differs from the version it replaced, in the words of the workbook (column headers,
 * list labels, province names), as {@code lienket submissions diff} prints it.
 */
@Service
public class SubmissionDiffs {

    private final SubmissionOutcomes outcomes;
    private final DiffLabels labels;

    public SubmissionDiffs(SubmissionOutcomes outcomes, DiffLabels labels) {
        this.outcomes = outcomes;
        this.labels = labels;
    }

    /** The differences, labelled for {@code locale}; empty for a first submission or an unchanged one. */
    public List<DiffLine> diff(long submissionId, Locale locale) {
        return labels.asInWorkbook(outcomes.diff(submissionId), locale);
    }
}
