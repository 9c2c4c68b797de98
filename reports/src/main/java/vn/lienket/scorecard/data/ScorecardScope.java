package vn.lienket.scorecard.data;

import java.util.List;
import java.util.Map;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.Subject;

/**
 * Whose figures one scorecard counts: per quarter, the provinces in scope and the unit each counts under (itself, or
 * today's province in the current view); the units of the scorecard's quarter for the per-province table, by name in
 * Vietnamese order; the names shown as members; the provinces whose submission status is listed (the same ones the
 * quarter's figures count); the other programmes sharing units with this one, each with the shared provinces' names.
 * {@code programmeCode} is null for a province scorecard.
 */
record ScorecardScope(Subject subject, String programmeCode, Map<Quarter, Map<Integer, Integer>> provincesByQuarter,
                      Map<Integer, String> breakdownUnits, List<String> memberNames, Map<ProvinceId, String> statusProvinces,
                      Map<String, List<String>> overlaps) {
}
