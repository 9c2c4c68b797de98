package vn.lienket.portal.scorecard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.render.ScorecardRecord;
import vn.lienket.render.ScorecardRegistry;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.SubjectKind;

/**
 * The scorecards written for a quarter and view, as a leader picks them: the newest pair (PDF and XLSX)
 * of each programme and province, in each language, among the subjects the caller may see. The files
 * themselves are write-once (see {@code vn.lienket.render}); a download serves the recorded path.
 */
@Service
public class ScorecardShelf {

    private final ScorecardRegistry registry;

    public ScorecardShelf(ScorecardRegistry registry) {
        this.registry = registry;
    }

    /** The newest pair per subject and language among the visible subjects, programmes first. */
    public List<ScorecardRecord> shelf(Quarter quarter, ScorecardView view, Visibility visible) {
        Map<String, ScorecardRecord> newest = new LinkedHashMap<>();
        for (ScorecardRecord record : registry.list(quarter, view)) {
            if (visible.test(record)) {
                newest.putIfAbsent(record.kind() + "|" + record.subjectCode() + "|" + record.language(), record);
            }
        }
        return newest.values().stream()
                .sorted(java.util.Comparator.comparing(ScorecardRecord::kind)
                        .thenComparing(ScorecardRecord::subjectCode).thenComparing(ScorecardRecord::language))
                .toList();
    }

    /** The recorded pair with this id (whether the caller may see its subject is {@code AccessScope}'s to say). */
    public Optional<ScorecardRecord> find(long id) {
        return registry.find(id);
    }

    /** The file of the pair in that format (pdf or xlsx), when it is still where it was written. */
    public static Optional<Path> file(ScorecardRecord record, String format) {
        Path path = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> record.pdf();
            case "xlsx" -> record.xlsx();
            default -> null;
        };
        return Optional.ofNullable(path).filter(Files::isRegularFile);
    }

    /** {@code as-submitted} or {@code current}, as the URL writes a view. */
    public static ScorecardView view(String text) {
        return ScorecardView.valueOf(text.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** Which subjects a caller may see: programmes by code, provinces by id (the answers come from {@code AccessScope}). */
    public record Visibility(Predicate<String> programme, Predicate<ProvinceId> province) implements Predicate<ScorecardRecord> {
        @Override
        public boolean test(ScorecardRecord record) {
            return record.kind() == SubjectKind.PROGRAMME
                    ? programme.test(record.subjectCode())
                    : province.test(ProvinceId.parse(record.subjectCode()));
        }
    }
}
