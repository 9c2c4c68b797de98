package vn.lienket.portal.access;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.intake.registry.Submission;

/**
 * The one place that decides what a portal user may see and do. Submitters act for their own
 * province only and see its history; an account of a merged P34 unit also sees the history of the P63
 * units it absorbed, read from the warehouse's {@code province_crosswalk} (P34:68 sees P63:68, P63:67
 * and P63:60), never the reverse. Leaders see the provinces of their programmes (of both eras) and
 * their own provinces; auditors and operators see everything; only operators act for any province.
 * <p>
 * Controllers ask the {@code may…} questions to filter lists, and call the {@code require…} methods
 * for an object or action named in the request: a refusal is written to the audit log
 * ({@code access-refused}) and thrown as {@link OutOfScopeException} (404, objects) or
 * {@link ActionRefusedException} (403, actions).
 */
@Component
public class AccessScope {

    public static final String REFUSED = "access-refused";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Map<ProvinceId, Set<ProvinceId>> predecessors = new ConcurrentHashMap<>();
    private final Map<String, Set<ProvinceId>> programmeProvinces = new ConcurrentHashMap<>();

    public AccessScope(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Upload or fetch the template for {@code province}: a submitter for its own province, an operator for any. */
    public boolean mayActFor(PortalUser user, ProvinceId province) {
        return switch (user.role()) {
            case SUBMITTER -> user.province().filter(province::equals).isPresent();
            case OPERATOR -> true;
            case LEADER, AUDITOR -> false;
        };
    }

    /** Upload a workbook at all (the cover then decides the province, see {@link #mayActFor}): submitters and operators. */
    public boolean mayUpload(PortalUser user) {
        return user.role() == PortalRole.SUBMITTER || user.role() == PortalRole.OPERATOR;
    }

    /**
     * Download the archived original bytes of a visible submission: auditors, and whoever may act for its
     * province (its submitter, an operator); a leader sees the verdict, not the file.
     */
    public boolean mayDownloadOriginal(PortalUser user, Submission submission) {
        return user.role() == PortalRole.AUDITOR
                || submission.province().map(p -> mayActFor(user, p)).orElse(user.role() == PortalRole.OPERATOR);
    }

    /** See the history, submissions, reports and files of {@code province}. */
    public boolean maySee(PortalUser user, ProvinceId province) {
        return visibleProvinces(user).includes(province);
    }

    /**
     * See one submission: when its province is visible, or (for a submitter) when it came through the
     * submitter's own door, e.g. a workbook of another province refused at upload. Unknown ids: false.
     */
    public boolean maySeeSubmission(PortalUser user, long submissionId) {
        return jdbc.sql("""
                        SELECT p.era_code, p.code, s.province_scope
                          FROM submission s LEFT JOIN dim_province p ON p.province_key = s.province_key
                         WHERE s.submission_id = ?""")
                .param(submissionId)
                .query((rs, row) -> maySeeSubmission(user,
                        rs.getString("era_code") == null ? Optional.empty()
                                : Optional.of(new ProvinceId(rs.getString("era_code"), rs.getString("code"))),
                        rs.getString("province_scope")))
                .optional().orElse(false);
    }

    /** The same rule for a submission already read from the registry (lists filter with it). */
    public boolean maySeeSubmission(PortalUser user, Submission submission) {
        return maySeeSubmission(user, submission.province(), submission.provinceScope().code());
    }

    private boolean maySeeSubmission(PortalUser user, Optional<ProvinceId> province, String doorScope) {
        VisibleProvinces visible = visibleProvinces(user);
        if (visible.all() || province.filter(visible::includes).isPresent()) {
            return true;
        }
        return user.role() == PortalRole.SUBMITTER
                && user.province().map(ProvinceId::toString).filter(doorScope::equals).isPresent();
    }

    /** See a programme's scorecards: a leader its own programmes, auditors and operators all. */
    public boolean maySeeProgramme(PortalUser user, String programme) {
        return switch (user.role()) {
            case LEADER -> user.programmes().contains(programme);
            case AUDITOR, OPERATOR -> true;
            case SUBMITTER -> false;
        };
    }

    /** Every province whose history the user may see ({@link VisibleProvinces#ALL} for auditors and operators). */
    public VisibleProvinces visibleProvinces(PortalUser user) {
        return switch (user.role()) {
            case AUDITOR, OPERATOR -> VisibleProvinces.ALL;
            case SUBMITTER -> VisibleProvinces.only(withPredecessors(Set.of(user.province().orElseThrow())));
            case LEADER -> {
                Set<ProvinceId> provinces = new HashSet<>(withPredecessors(user.provinces()));
                user.programmes().forEach(programme -> provinces.addAll(membersOf(programme)));
                yield VisibleProvinces.only(provinces);
            }
        };
    }

    /** The submission, or a 404 (audited) when it does not exist or is outside the user's scope. */
    public void requireSubmission(PortalUser user, long submissionId) {
        if (!maySeeSubmission(user, submissionId)) {
            // the id goes in the details only: it may name no submission at all (a guessed URL)
            refuse(user, "submission", Map.of("submission", submissionId), null);
            throw new OutOfScopeException("submission " + submissionId);
        }
    }

    /** The province's history, or a 404 (audited). */
    public void requireVisible(PortalUser user, ProvinceId province) {
        if (!maySee(user, province)) {
            refuse(user, "province", Map.of("province", province.toString()), null);
            throw new OutOfScopeException("province " + province);
        }
    }

    /** The programme's scorecards, or a 404 (audited). */
    public void requireProgramme(PortalUser user, String programme) {
        if (!maySeeProgramme(user, programme)) {
            refuse(user, "programme", Map.of("programme", programme), null);
            throw new OutOfScopeException("programme " + programme);
        }
    }

    /** Acting for the province, or a 403 (audited). */
    public void requireActFor(PortalUser user, ProvinceId province) {
        if (!mayActFor(user, province)) {
            refuse(user, "act-for", Map.of("province", province.toString()), null);
            throw new ActionRefusedException("act for " + province);
        }
    }

    /**
     * Writes a refusal the caller decided on its own (e.g. the intake refusing another province's
     * workbook, a URL the user's role may not open) to the audit log.
     */
    public void refuse(PortalUser user, String what, Map<String, ?> details, Long submissionId) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("username", user.username());
        entry.put("role", user.role().code());
        entry.put("refused", what);
        entry.putAll(details);
        audit.record(actor(user), REFUSED, submissionId, null, entry);
    }

    /** The audit log's actor for a portal user: {@code portal:<username>}, as the intake records uploaders. */
    public static String actor(PortalUser user) {
        return actor(user.username());
    }

    public static String actor(String username) {
        return "portal:" + username;
    }

    /** The province and, for a P34 unit, the P63 units it absorbed (province_crosswalk); never the other way. */
    private Set<ProvinceId> withPredecessors(Set<ProvinceId> provinces) {
        Set<ProvinceId> all = new HashSet<>(provinces);
        provinces.forEach(province -> all.addAll(predecessors.computeIfAbsent(province, this::readPredecessors)));
        return all;
    }

    private Set<ProvinceId> readPredecessors(ProvinceId province) {
        List<ProvinceId> found = jdbc.sql("""
                        SELECT old_unit.era_code, old_unit.code
                          FROM province_crosswalk x
                          JOIN dim_province old_unit ON old_unit.province_key = x.p63_province_key
                          JOIN dim_province new_unit ON new_unit.province_key = x.p34_province_key
                         WHERE new_unit.era_code = ? AND new_unit.code = ?""")
                .params(province.era(), province.code())
                .query((rs, row) -> new ProvinceId(rs.getString(1), rs.getString(2)))
                .list();
        return Set.copyOf(found);
    }

    private Set<ProvinceId> membersOf(String programme) {
        return programmeProvinces.computeIfAbsent(programme, code -> Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT p.era_code, p.code
                          FROM programme_membership m
                          JOIN dim_programme g ON g.programme_key = m.programme_key
                          JOIN dim_province p ON p.province_key = m.province_key
                         WHERE g.code = ?""")
                .param(code)
                .query((rs, row) -> new ProvinceId(rs.getString(1), rs.getString(2)))
                .list()));
    }
}
