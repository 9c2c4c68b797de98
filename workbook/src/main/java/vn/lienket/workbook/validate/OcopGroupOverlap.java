package vn.lienket.workbook.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.lienket.workbook.reference.OcopGroup;

/**
 * Finds OCOP rows that count the same products twice: a row for a group and a row for one of its
 * own sub-groups (at any depth) with the same star rating. A product has one group and one star,
 * so the sub-group's products are already in the group's figure; summing both, as every scorecard
 * does, would inflate the province's count. Rows of different stars, or of sibling groups, never overlap.
 */
final class OcopGroupOverlap {

    /** A row already seen that the new one overlaps. */
    record Earlier(String groupCode, int row) {
    }

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<Integer, List<Earlier>> seenByStar = new HashMap<>();

    OcopGroupOverlap(List<OcopGroup> catalogue) {
        for (OcopGroup group : catalogue) {
            if (group.parentCode() != null) {
                parentOf.put(group.code(), group.parentCode());
            }
        }
    }

    /** Records the row's group and star; returns the first earlier row it overlaps, if any. */
    Optional<Earlier> record(String groupCode, int star, int row) {
        List<Earlier> seen = seenByStar.computeIfAbsent(star, s -> new ArrayList<>());
        Optional<Earlier> overlap = seen.stream()
                .filter(earlier -> !earlier.groupCode().equals(groupCode)
                        && (isWithin(groupCode, earlier.groupCode()) || isWithin(earlier.groupCode(), groupCode)))
                .findFirst();
        seen.add(new Earlier(groupCode, row));
        return overlap;
    }

    /** True when {@code group} is {@code ancestor} or lies below it. */
    private boolean isWithin(String group, String ancestor) {
        int depth = 0;
        for (String code = group; code != null && depth <= parentOf.size(); code = parentOf.get(code), depth++) {
            if (Objects.equals(code, ancestor)) {
                return true;
            }
        }
        return false;
    }
}
