package vn.lienket.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.Sha256;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.reference.WarehouseOcopGroupCatalogue;
import vn.lienket.domain.SubmissionStatus;

/**
 * The deadline rush: every province's account uploads at the same moment over HTTP
 * ({@code POST /api/submissions}), round after round, mostly ordinary workbooks and a few flawed ones,
 * against the running portal: first with personal API tokens ({@code Bearer}, as a province's system
 * would send), then the same again with HTTP Basic (a bcrypt check of the password per request), so
 * that the cost of the password check shows beside it. The reference is the same mix of workbooks (of
 * the quarter before) loaded in-process through {@link SubmissionIntake}, one after another, in the same
 * run. After the rushes it checks that nothing was lost or duplicated: every accepted file is in the
 * registry and in the archive exactly once with all its rows, and every rejected one left no fact.
 */
final class PortalBenchmark {

    /** The 34 provinces since 1 July 2025, each with a submitter account in the rush. */
    static final List<ProvinceId> PROVINCES = Stream.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24",
            "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80",
            "82", "86", "91", "92", "96").map(code -> new ProvinceId("P34", code)).toList();

    private static final Quarter WARM_UP_QUARTER = Quarter.parse("2025-Q4");
    private static final Quarter REFERENCE_QUARTER = Quarter.parse("2026-Q1");
    private static final Quarter TOKEN_RUSH_QUARTER = Quarter.parse("2026-Q2");
    private static final Quarter BASIC_RUSH_QUARTER = Quarter.parse("2026-Q3");

    private final SubmissionIntake intake;
    private final JdbcClient jdbc;
    private final Path archiveDirectory;
    private final Consumer<String> progress;
    private final JsonMapper json = JsonMapper.builder().build();

    PortalBenchmark(SubmissionIntake intake, DataSource dataSource, Path archiveDirectory, Consumer<String> progress) {
        this.intake = intake;
        this.jdbc = JdbcClient.create(dataSource);
        this.archiveDirectory = archiveDirectory;
        this.progress = progress;
    }

    /** A submitter's credentials: the password for HTTP Basic, a personal API token for {@code Bearer}. */
    record Account(String username, String password, String token) {
    }

    /** How the uploads of a rush sign in. */
    enum SignIn {
        TOKEN, BASIC;

        String authorization(Account account) {
            return switch (this) {
                case TOKEN -> "Bearer " + account.token();
                case BASIC -> "Basic " + Base64.getEncoder().encodeToString(
                        (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
            };
        }
    }

    /**
     * @param portal   the portal's base URI ({@code http://127.0.0.1:port})
     * @param accounts one submitter account per province of {@link #PROVINCES}
     * @param flawed   how many of the 34 uploads of each round are flawed workbooks (rejected)
     */
    Results run(URI portal, Map<ProvinceId, Account> accounts, Path workDirectory, int rounds, int rows, int flawed)
            throws Exception {
        progress.accept("generating " + rounds + " rounds of " + PROVINCES.size() + " workbooks of " + rows + " rows, "
                + flawed + " flawed per round (and the same for the reference and the warm-up)");
        long seed = System.nanoTime();
        List<Upload> warmUp = workbooks(workDirectory.resolve("warm-up"), WARM_UP_QUARTER, 1, rows, flawed, seed);
        List<Upload> reference = workbooks(workDirectory.resolve("reference"), REFERENCE_QUARTER, rounds, rows, flawed, seed);
        List<Upload> tokenRush = workbooks(workDirectory.resolve("rush-token"), TOKEN_RUSH_QUARTER, rounds, rows, flawed, seed);
        List<Upload> basicRush = workbooks(workDirectory.resolve("rush-basic"), BASIC_RUSH_QUARTER, rounds, rows, flawed, seed);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        progress.accept("warm-up, not timed: " + warmUp.size() + " workbooks sent at once through the portal, half with a "
                + "token, half with HTTP Basic");
        warmUp(http, portal, accounts, warmUp);
        progress.accept("reference: " + reference.size() + " workbooks in-process through the intake, one after another");
        List<Long> referenceNanos = new ArrayList<>();
        int referenceErrors = 0;
        long referenceStart = System.nanoTime();
        for (Upload upload : reference) {
            long start = System.nanoTime();
            SubmissionStatus status = intake.load(upload.file(), "benchmark").submission().status();
            referenceNanos.add(System.nanoTime() - start);
            if (status != (upload.flawed() ? SubmissionStatus.REJECTED : SubmissionStatus.LOADED)) {
                referenceErrors++;
            }
        }
        Latencies referenceLatencies = new Latencies(referenceNanos, System.nanoTime() - referenceStart, referenceErrors);

        Rush token = rush(http, portal, accounts, tokenRush, rounds, SignIn.TOKEN);
        Rush basic = rush(http, portal, accounts, basicRush, rounds, SignIn.BASIC);
        progress.accept("checking the registry, the archive and the facts");
        List<String> findings = new ArrayList<>(check(token.outcomes(), rows));
        findings.addAll(check(basic.outcomes(), rows));
        return new Results(token, basic, referenceLatencies, rounds, rows, flawed, findings);
    }

    /**
     * Sends the warm-up round through the portal, both ways of signing in, so that the first timed round
     * does not pay for loading the classes of the web path and for compiling it.
     */
    private void warmUp(HttpClient http, URI portal, Map<ProvinceId, Account> accounts, List<Upload> uploads) throws Exception {
        try (Closing pool = new Closing(Executors.newFixedThreadPool(PROVINCES.size()))) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                Upload upload = uploads.get(i);
                SignIn signIn = i % 2 == 0 ? SignIn.TOKEN : SignIn.BASIC;
                futures.add(pool.executor().submit(() ->
                        post(http, portal, signIn.authorization(accounts.get(upload.province())), upload)));
            }
            for (Future<Outcome> future : futures) {
                future.get();
            }
        }
    }

    /** Round after round, every account sends its workbook at the same moment; the rounds after the first supersede. */
    private Rush rush(HttpClient http, URI portal, Map<ProvinceId, Account> accounts, List<Upload> rush, int rounds,
                      SignIn signIn) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        long rushNanos = 0;
        try (Closing pool = new Closing(Executors.newFixedThreadPool(PROVINCES.size()))) {
            for (int round = 0; round < rounds; round++) {
                List<Upload> uploads = rush.subList(round * PROVINCES.size(), (round + 1) * PROVINCES.size());
                progress.accept("rush (" + signIn.name().toLowerCase(Locale.ROOT) + "), round " + (round + 1) + "/" + rounds
                        + ": " + uploads.size() + " uploads at once");
                CountDownLatch ready = new CountDownLatch(uploads.size());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Outcome>> futures = new ArrayList<>();
                for (Upload upload : uploads) {
                    futures.add(pool.executor().submit(() -> {
                        ready.countDown();
                        go.await();
                        return post(http, portal, signIn.authorization(accounts.get(upload.province())), upload);
                    }));
                }
                ready.await();
                long roundStart = System.nanoTime();
                go.countDown();
                for (Future<Outcome> future : futures) {
                    outcomes.add(future.get());
                }
                rushNanos += System.nanoTime() - roundStart;
            }
        }
        int errors = (int) outcomes.stream().filter(o -> !o.asExpected()).count();
        return new Rush(new Latencies(outcomes.stream().map(Outcome::nanos).toList(), rushNanos, errors), outcomes);
    }

    private List<Upload> workbooks(Path directory, Quarter quarter, int rounds, int rows, int flawed, long seed)
            throws IOException {
        String ocopGroup = new WarehouseOcopGroupCatalogue(jdbc).validOn(quarter.lastDay()).get(0).code();
        List<Upload> uploads = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < PROVINCES.size(); i++) {
                ProvinceId province = PROVINCES.get(i);
                // a different few provinces send a flawed file in each round
                boolean isFlawed = Math.floorMod(i - round * flawed, PROVINCES.size()) < flawed;
                Path file = directory.resolve("round-" + (round + 1)).resolve(province.era() + "-" + province.code() + ".xlsx");
                long workbookSeed = seed + round * 1_000L + i;
                uploads.add(new Upload(province, isFlawed ? BenchmarkWorkbooks.writeFlawed(file, province, quarter, ocopGroup,
                        rows, workbookSeed) : BenchmarkWorkbooks.write(file, province, null, quarter, ocopGroup, rows,
                        workbookSeed), isFlawed));
            }
        }
        return uploads;
    }

    private Outcome post(HttpClient http, URI portal, String authorization, Upload upload) {
        long start = System.nanoTime();
        try {
            String boundary = "lienket-" + UUID.randomUUID();
            byte[] body = multipart(boundary, upload.file());
            HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/submissions"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", authorization)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - start;
            long submissionId = -1;
            if (response.statusCode() == 201 || response.statusCode() == 422) {
                JsonNode report = json.readTree(response.body());
                submissionId = report.path("submissionId").asLong(-1);
            }
            return new Outcome(upload, response.statusCode(), submissionId, nanos, null);
        } catch (Exception e) {
            return new Outcome(upload, 0, -1, System.nanoTime() - start, e.toString());
        }
    }

    private static byte[] multipart(String boundary, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(Files.readAllBytes(file));
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** What must hold after the rush; each finding is one thing lost, duplicated or changed that should not be. */
    private List<String> check(List<Outcome> outcomes, int rows) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String what = outcome.upload().province() + " " + outcome.upload().file().getParent().getFileName();
            if (!outcome.asExpected()) {
                findings.add(what + ": HTTP " + outcome.status() + (outcome.failure() == null ? "" : " " + outcome.failure())
                        + ", expected " + (outcome.upload().flawed() ? 422 : 201));
                continue;
            }
            String sha = Sha256.hexOf(outcome.upload().file());
            long registered = jdbc.sql("SELECT count(*) FROM submission WHERE file_sha256 = :sha").param("sha", sha)
                    .query(Long.class).single();
            long archived = archivedCopies(sha);
            if (registered != 1 || archived != 1) {
                findings.add(what + ": " + registered + " registry rows and " + archived + " archived copies, expected 1 and 1");
            }
            long investmentRows = facts("fact_investment_snapshot", outcome.submissionId());
            long allRows = investmentRows + facts("fact_ocop_snapshot", outcome.submissionId())
                    + facts("fact_event", outcome.submissionId());
            if (outcome.upload().flawed() && allRows != 0) {
                findings.add(what + ": rejected, yet " + allRows + " fact rows carry its submission id");
            }
            if (!outcome.upload().flawed() && investmentRows != rows) {
                findings.add(what + ": accepted with " + investmentRows + " investment rows, expected " + rows);
            }
        }
        return findings;
    }

    private long facts(String table, long submissionId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE submission_id = :id").param("id", submissionId)
                .query(Long.class).single();
    }

    private long archivedCopies(String sha) throws IOException {
        try (Stream<Path> files = Files.walk(archiveDirectory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(sha + ".")).count();
        }
    }

    record Upload(ProvinceId province, Path file, boolean flawed) {
    }

    /** One upload's answer: the HTTP status (0 when none came), the submission id it named, the time to the verdict. */
    record Outcome(Upload upload, int status, long submissionId, long nanos, String failure) {
        boolean asExpected() {
            return status == (upload.flawed() ? 422 : 201) && submissionId > 0;
        }
    }

    /** Verdict times of a series of submissions, and how long the whole series took. */
    record Latencies(List<Long> nanos, long wallNanos, int errors) {
        Latencies {
            nanos = nanos.stream().sorted().toList();
        }

        double medianSeconds() {
            return nanos.get(nanos.size() / 2) / 1e9;
        }

        double p95Seconds() {
            return nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e9;
        }

        double maxSeconds() {
            return nanos.get(nanos.size() - 1) / 1e9;
        }

        double perSecond() {
            return nanos.size() / (wallNanos / 1e9);
        }
    }

    /** The answers of one rush and their latencies. */
    record Rush(Latencies latencies, List<Outcome> outcomes) {
        long accepted() {
            return outcomes.stream().filter(o -> o.status() == 201).count();
        }

        long rejected() {
            return outcomes.stream().filter(o -> o.status() == 422).count();
        }
    }

    record Results(Rush token, Rush basic, Latencies reference, int rounds, int rows, int flawed, List<String> findings) {
        /** The token rush's throughput against the in-process reference's. */
        double throughputRatio() {
            return token.latencies().perSecond() / reference.perSecond();
        }

        /** How much faster the token rush got its verdicts out than the same rush with HTTP Basic. */
        double tokenOverBasic() {
            return token.latencies().perSecond() / basic.latencies().perSecond();
        }
    }

    /** Shuts the upload threads down however the rush ends. */
    private record Closing(ExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
