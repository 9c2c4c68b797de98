package vn.lienket.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.lienket.domain.Quarter;

/** The quarters a page offers to choose from, and a quarter typed into a URL. */
public final class Quarters {

    private Quarters() {
    }

    /** The quarter being reported, the one under way, and the eight before: newest first. */
    public static List<Quarter> around(Quarter reporting) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = reporting.next();
        for (int i = 0; i < 10; i++) {
            quarters.add(q);
            q = q.previous();
        }
        return quarters;
    }

    /** A quarter as the URL writes it ({@code 2026-Q3}); a blank parameter is none, a malformed one is a bad request (400). */
    public static Optional<Quarter> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quarter.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a quarter: " + text);
        }
    }
}
