package vn.lienket.portal.security;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.portal.PortalClient;
import vn.lienket.portal.PortalHttpTestBase;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.users.NewUser;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.portal.security.AuthorizationMatrixIT.Outcome.ALLOWED;
import static vn.lienket.portal.security.AuthorizationMatrixIT.Outcome.ERROR_PAGE;
import static vn.lienket.portal.security.AuthorizationMatrixIT.Outcome.FORBIDDEN;
import static vn.lienket.portal.security.AuthorizationMatrixIT.Outcome.LOGIN;
import static vn.lienket.portal.security.AuthorizationMatrixIT.Outcome.NOT_FOUND;

/**
 * Every request mapping of the application × every kind of caller, against an explicit expectation
 * table: a new endpoint without a row here fails {@link #everyEndpointHasARuleForEveryCaller()}, so no
 * door is added without deciding who may open it. Object URLs are called with an object of Lâm Đồng
 * (P34:68); "own" is Lâm Đồng's submitter, "other" Đắk Lắk's.
 */
class AuthorizationMatrixIT extends PortalHttpTestBase {

    /** What a caller meets at a door. */
    enum Outcome {
        /** 2xx, or a redirect elsewhere than the login page. */
        ALLOWED,
        /** 401, or a redirect to the login page. */
        LOGIN,
        FORBIDDEN,
        /** 404: outside the caller's scope, answered as if it did not exist. */
        NOT_FOUND,
        /** Spring's error page called directly: 5xx for everyone, with nothing in it. */
        ERROR_PAGE
    }

    /** The kinds of caller. */
    enum Caller { ANONYMOUS, SUBMITTER_OWN, SUBMITTER_OTHER, LEADER, AUDITOR, OPERATOR }

    /**
     * What the requests of a row need: a workbook of Lâm Đồng, and a submission of Lâm Đồng loaded
     * from it through its submitter's door (so sending it again is "already processed").
     */
    record Fixture(Path lamDongWorkbook, long lamDongSubmission) {
    }

    /** One row: how to call the door, and what each caller must meet. */
    record Row(BiFunction<PortalClient, Fixture, HttpResponse<String>> request, Map<Caller, Outcome> expected) {
    }

    /**
     * The table. Keys are {@code METHOD /pattern} as the mapping declares them ({@code *} for a
     * mapping that accepts any method). The portal's pages add their rows here.
     */
    private static Map<String, Row> expectations() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("GET /login", row((client, f) -> client.get("/login"), ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("* /error", row((client, f) -> client.get("/error"), ERROR_PAGE, ERROR_PAGE, ERROR_PAGE, ERROR_PAGE, ERROR_PAGE, ERROR_PAGE));
        rows.put("GET /api/submissions", row((client, f) -> client.get("/api/submissions"),
                LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("POST /api/submissions", row((client, f) -> client.upload("/api/submissions", f.lamDongWorkbook()),
                LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        pageRows(rows);
        return rows;
    }

    /**
     * The pages of the four roles. Object URLs name Lâm Đồng's loaded submission; its workbook is valid, so there is
     * no annotated copy of it for anyone (404 even for its own submitter: nothing to mark).
     */
    private static void pageRows(Map<String, Row> rows) {
        String submission = "/submissions/";
        rows.put("GET /", row((client, f) -> client.get("/"), LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("GET /lang", row((client, f) -> client.get("/lang?l=en"), ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("GET /submit", row((client, f) -> client.get("/submit"), LOGIN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED));
        // Lâm Đồng's current bytes from Đắk Lắk's submitter: refused on the form (audited), Lâm Đồng's submission not shown
        rows.put("POST /submit", row((client, f) -> client.upload("/submit", f.lamDongWorkbook()),
                LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("GET /template", row((client, f) -> client.get("/template?quarter=2026-Q3&province=P34:68"),
                LOGIN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("GET /submissions", row((client, f) -> client.get("/submissions"), LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("GET /submissions/{id}", row((client, f) -> client.get(submission + f.lamDongSubmission()),
                LOGIN, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED));
        rows.put("GET /submissions/{id}/diff", row((client, f) -> client.get(submission + f.lamDongSubmission() + "/diff"),
                LOGIN, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED));
        rows.put("GET /submissions/{id}/annotated", row((client, f) -> client.get(submission + f.lamDongSubmission() + "/annotated"),
                LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        rows.put("GET /submissions/{id}/original", row((client, f) -> client.get(submission + f.lamDongSubmission() + "/original"),
                LOGIN, ALLOWED, NOT_FOUND, FORBIDDEN, ALLOWED, ALLOWED));
        rows.put("GET /audit/submissions", row((client, f) -> client.get("/audit/submissions"),
                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN));
        rows.put("GET /audit/log", row((client, f) -> client.get("/audit/log"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN));
        rows.put("GET /scorecards", row((client, f) -> client.get("/scorecards"), LOGIN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED));
        // no scorecard is written in this fixture: whoever may open the shelf finds nothing under a made-up id
        rows.put("GET /scorecards/{id:\\d+}.{format:pdf|xlsx}", row((client, f) -> client.get("/scorecards/987654.pdf"),
                LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        rows.put("GET /board", row((client, f) -> client.get("/board"), LOGIN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED));
        for (String page : List.of("/admin/users", "/admin/recipients", "/admin/targets", "/admin/deadlines")) {
            rows.put("GET " + page, row((client, f) -> client.get(page), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        }
        rows.put("POST /admin/recipients", row((client, f) -> client.postForm("/admin/recipients",
                "list=province%3AP34%3A68&email=sct%40lamdong.gov.vn"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/recipients/remove", row((client, f) -> client.postForm("/admin/recipients/remove",
                "list=province%3AP34%3A68&email=sct%40lamdong.gov.vn"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/targets", row((client, f) -> client.postForm("/admin/targets",
                "programme=HCMC_TN&kpi=investment_projects_active&year=2026&quarter=&value=12"),
                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/deadlines", row((client, f) -> client.postForm("/admin/deadlines",
                "quarter=2026-Q3&deadline=2026-10-31&reason=B%C3%A3o"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/deadlines/remove", row((client, f) -> client.postForm("/admin/deadlines/remove", "quarter=2026-Q3"),
                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/users/scope", row((client, f) -> client.postForm("/admin/users/scope",
                "username=nobody&province=P34%3A56"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/users", row((client, f) -> client.postForm("/admin/users",
                "username=so-ct-khanhhoa&role=submitter&province=P34%3A56"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("GET /account/password", row((client, f) -> client.get("/account/password"),
                LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("POST /account/password", row((client, f) -> client.postForm("/account/password",
                "current=not-the-password&password=a-new-long-password&passwordAgain=a-new-long-password"),
                LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
        rows.put("POST /admin/users/enable", row((client, f) -> client.postForm("/admin/users/enable", "username=nobody"),
                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
        rows.put("POST /admin/users/disable", row((client, f) -> client.postForm("/admin/users/disable", "username=nobody"),
                LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED));
    }

    @TempDir
    Path work;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    SubmissionIntake intake;

    @Autowired
    Clock clock;

    @Test
    void everyEndpointHasARuleForEveryCaller() throws Exception {
        Map<String, Row> table = expectations();
        assertThat(table.keySet()).as("request mappings of the application without a row in the expectation table")
                .containsAll(declaredEndpoints());

        Map<Caller, PortalClient> callers = callers();
        Path workbook = WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("lam-dong")));
        long submission = intake.load(IntakeRequest.of(workbook, "portal:so-ct-lamdong", OffsetDateTime.now(clock))
                .expecting(Optional.of(LAM_DONG))).submission().id();
        Fixture fixture = new Fixture(workbook, submission);
        List<String> wrong = new ArrayList<>();
        table.forEach((endpoint, row) -> row.expected().forEach((caller, expected) -> {
            HttpResponse<String> response = row.request().apply(callers.get(caller), fixture);
            Outcome met = outcomeOf(response);
            if (met != expected) {
                wrong.add(endpoint + " as " + caller + ": expected " + expected + ", met " + met + " (" + response.statusCode() + ")");
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(declaredEndpoints()).as("rows for endpoints the application no longer has").containsAll(table.keySet());
    }

    private Set<String> declaredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("* " + pattern);
                }
                methods.forEach(method -> endpoints.add(method + " " + pattern));
            }
        }
        return endpoints;
    }

    private Map<Caller, PortalClient> callers() {
        Map<Caller, PortalClient> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.ANONYMOUS, anonymous());
        callers.put(Caller.SUBMITTER_OWN, account(NewUser.submitter("so-ct-lamdong", LAM_DONG)));
        callers.put(Caller.SUBMITTER_OTHER, account(NewUser.submitter("so-ct-daklak", DAK_LAK)));
        callers.put(Caller.LEADER, account(new NewUser("lanh-dao-tn", PortalRole.LEADER, Optional.empty(),
                Set.of("HCMC_TN"), Set.of())));
        callers.put(Caller.AUDITOR, account(NewUser.of("kiem-toan", PortalRole.AUDITOR)));
        callers.put(Caller.OPERATOR, account(NewUser.of("van-hanh", PortalRole.OPERATOR)));
        callers.values().stream().filter(client -> client != callers.get(Caller.ANONYMOUS)).forEach(client ->
                assertThat(client.signIn().headers().firstValue("Location")).hasValueSatisfying(location ->
                        assertThat(location).doesNotContain("error")));
        return callers;
    }

    private static Outcome outcomeOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || (status == 302 && response.headers().firstValue("Location").orElse("").contains("/login"))) {
            return LOGIN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status >= 500) {
            return ERROR_PAGE;
        }
        return status < 400 ? ALLOWED : ERROR_PAGE;
    }

    private static Row row(BiFunction<PortalClient, Fixture, HttpResponse<String>> request, Outcome anonymous,
                           Outcome submitterOwn, Outcome submitterOther, Outcome leader, Outcome auditor, Outcome operator) {
        Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.SUBMITTER_OWN, submitterOwn);
        expected.put(Caller.SUBMITTER_OTHER, submitterOther);
        expected.put(Caller.LEADER, leader);
        expected.put(Caller.AUDITOR, auditor);
        expected.put(Caller.OPERATOR, operator);
        return new Row(request, expected);
    }
}
