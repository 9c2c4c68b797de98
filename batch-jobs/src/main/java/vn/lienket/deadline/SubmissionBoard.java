package vn.lienket.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseOrder;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.domain.SubmissionStatus;

/** Every member province of any programme for a quarter (and any province asked for by name), with where it stands, in Vietnamese name order. */
@Repository
public class SubmissionBoard {

    private final JdbcClient jdbc;
    private final QuarterDeadlines deadlines;
    private final IntakeProperties intake;

    public SubmissionBoard(JdbcClient jdbc, QuarterDeadlines deadlines, IntakeProperties intake) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.intake = intake;
    }

    /** The deadlines as they stand now (the rule and the quarters' set deadlines). */
    public DeadlinePolicy policy() {
        return deadlines.policy();
    }

    public List<ProvinceStanding> board(Quarter quarter, LocalDate today) {
        return board(quarter, today, List.of());
    }

    /**
     * The board of the quarter's programme members and of {@code alsoProvinces} (a province in no programme has a
     * standing too; its {@code programmes} is null).
     */
    public List<ProvinceStanding> board(Quarter quarter, LocalDate today, Collection<ProvinceId> alsoProvinces) {
        DeadlinePolicy policy = deadlines.policy();
        List<String> named = new ArrayList<>(List.of(""));
        alsoProvinces.forEach(province -> named.add(province.toString()));
        return jdbc.sql("""
                        WITH members AS (
                          SELECT province_key, era_code, province_code, province_name_vi,
                                 string_agg(programme_code, ', ' ORDER BY programme_code) AS programmes
                          FROM (SELECT province_key, era_code, province_code, province_name_vi, programme_code
                                  FROM v_programme_quarter_member WHERE quarter_key = :quarter
                                UNION ALL
                                SELECT province_key, era_code, code, name_vi, NULL
                                  FROM dim_province WHERE era_code || ':' || code IN (:named)) listed
                          GROUP BY province_key, era_code, province_code, province_name_vi)
                        SELECT m.era_code, m.province_code, m.province_name_vi, m.programmes,
                               (min(s.received_at) FILTER (WHERE s.status IN (:loaded, :superseded)) AT TIME ZONE :zone)::date AS accepted_on,
                               coalesce(bool_or(s.status = :rejected), false) AS rejected
                        FROM members m
                        LEFT JOIN submission s ON s.province_key = m.province_key AND s.quarter_key = :quarter
                        GROUP BY m.era_code, m.province_code, m.province_name_vi, m.programmes""")
                .param("quarter", quarter.key()).param("named", named).param("zone", intake.timeZone().getId())
                .param("loaded", SubmissionStatus.LOADED.code()).param("superseded", SubmissionStatus.SUPERSEDED.code())
                .param("rejected", SubmissionStatus.REJECTED.code())
                .query((row, n) -> {
                    Optional<LocalDate> acceptedOn = Optional.ofNullable(row.getObject("accepted_on", LocalDate.class));
                    boolean rejected = row.getBoolean("rejected");
                    return new ProvinceStanding(new ProvinceId(row.getString("era_code"), row.getString("province_code")),
                            row.getString("province_name_vi"), row.getString("programmes"), acceptedOn,
                            policy.standing(quarter, acceptedOn, rejected, today));
                })
                .list().stream()
                .sorted(Comparator.comparing(ProvinceStanding::nameVi, VietnameseOrder.names())
                        .thenComparing(standing -> standing.province().toString()))
                .toList();
    }

    public record ProvinceStanding(ProvinceId province, String nameVi, String programmes, Optional<LocalDate> acceptedOn,
                                   Standing standing) {
    }
}
