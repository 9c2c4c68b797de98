package vn.lienket.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import vn.lienket.app.demo.DemoProfiles.ProvinceProfile;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;

/**
 * The demo's quarterly submissions: nine quarters from 2024-Q3 to 2026-Q3 for the members of the
 * Tây Nguyên and South-Central Coast programmes (plus Bạc Liêu), before and after the 2025 merger,
 * with a few files that are wrong on purpose, one resubmission, one late and one missing file.
 * Everything is derived from fixed seeds: the same workbooks, byte for byte, on every run.
 */
final class DemoDataset {

    static final Quarter FIRST = Quarter.parse("2024-Q3");
    static final Quarter LAST = Quarter.parse("2026-Q3");
    private static final Quarter PROFILE_QUARTER = Quarter.parse("2025-Q2");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final List<String> EVENT_TYPES = List.of("exhibition_week", "supply_demand_conference", "trade_fair",
            "ocop_promotion", "investment_dialogue", "survey_delegation", "cooperation_item");
    private static final double[] GROUP_SHARES = {0.5, 0.3, 0.2};

    private final ProvinceDirectory provinces;
    private final Function<LocalDate, List<String>> ocopGroupsOn;
    private final List<ProvinceProfile> profiles = DemoProfiles.provinces();
    private final Map<String, List<String>> vocabulary = DemoProfiles.vocabulary();
    private final Map<ProvinceId, List<Project>> portfolios = new LinkedHashMap<>();

    /** @param ocopGroupsOn the product groups (top level, no sub-groups) in force on a date, by code */
    DemoDataset(ProvinceDirectory provinces, Function<LocalDate, List<String>> ocopGroupsOn) {
        this.provinces = provinces;
        this.ocopGroupsOn = ocopGroupsOn;
        profiles.forEach(profile -> portfolios.put(profile.province(), portfolio(profile)));
    }

    /** Every file of the demo, in the order they arrive, each at its own minute (a department files one at a time). */
    List<DemoWorkbook> workbooks() {
        List<DemoWorkbook> workbooks = new ArrayList<>();
        for (Quarter quarter = FIRST; quarter.compareTo(LAST) <= 0; quarter = quarter.next()) {
            for (Map.Entry<ProvinceId, List<ProvinceProfile>> unit : reportingUnits(quarter).entrySet()) {
                workbooks.addAll(submissionsOf(unit.getKey(), unit.getValue(), quarter));
            }
        }
        workbooks.sort(Comparator.comparing(DemoWorkbook::receivedAt));
        List<DemoWorkbook> arrivals = new ArrayList<>();
        OffsetDateTime previous = null;
        for (DemoWorkbook workbook : workbooks) {
            DemoWorkbook arrival = previous != null && !workbook.receivedAt().isAfter(previous)
                    ? workbook.receivedAt(previous.plusMinutes(1)) : workbook;
            arrivals.add(arrival);
            previous = arrival.receivedAt();
        }
        return arrivals;
    }

    /** Who reports in a quarter: each P63 province before the merger, each absorbing P34 province after. */
    private Map<ProvinceId, List<ProvinceProfile>> reportingUnits(Quarter quarter) {
        String era = provinces.eraOf(quarter).code();
        Map<ProvinceId, List<ProvinceProfile>> units = new LinkedHashMap<>();
        for (ProvinceProfile profile : profiles) {
            ProvinceId reporter = profile.province().era().equals(era) ? profile.province()
                    : provinces.successor(profile.province()).orElseThrow().to().id();
            units.computeIfAbsent(reporter, id -> new ArrayList<>()).add(profile);
        }
        return units;
    }

    private List<DemoWorkbook> submissionsOf(ProvinceId reporter, List<ProvinceProfile> constituents, Quarter quarter) {
        String key = reporter + " " + quarter;
        if (key.equals("P34:51 2026-Q3")) {
            return List.of();
        }
        List<InvestmentProjectRow> projects = new ArrayList<>();
        constituents.forEach(profile -> projects.addAll(snapshot(portfolios.get(profile.province()), quarter)));
        List<OcopCountRow> ocop = ocopCounts(constituents, quarter);
        List<PromotionEventRow> events = events(reporter, quarter);
        String name = provinces.find(reporter).map(Province::name).orElseThrow();
        String contact = constituents.stream().filter(p -> p.province().code().equals(reporter.code())).findFirst()
                .orElse(constituents.get(0)).contact();
        CoverInfo cover = new CoverInfo(reporter, name, quarter, "Phòng Hợp tác – Sở Công Thương " + name, contact, "v1");
        String file = reporter.era() + "-" + reporter.code() + "-" + quarter;
        String uploader = "sct-" + reporter.era().toLowerCase() + "-" + reporter.code();
        OffsetDateTime received = receivedAt(quarter, 4 + Math.floorMod(key.hashCode(), 9));

        return switch (key) {
            case "P63:62 2025-Q1" -> {
                List<InvestmentProjectRow> wrong = new ArrayList<>(projects);
                InvestmentProjectRow second = wrong.get(1);
                wrong.set(1, second.with("registered_capital", new BigDecimal("-5")));
                List<PromotionEventRow> backwards = new ArrayList<>(events);
                PromotionEventRow first = backwards.get(0);
                backwards.set(0, new PromotionEventRow(null, 0, first.name(), first.eventType(), first.startDate(),
                        first.startDate().minusDays(2), first.hostProvince(), first.partnerProvinces(), first.organiser(),
                        first.level(), first.businesses(), first.products(), first.booths(), first.mous(), first.dealValue(),
                        first.visitors()));
                yield List.of(
                        new DemoWorkbook(file + ".xlsx", received, uploader, cover, wrong, ocop, backwards,
                                "vốn đăng ký âm, ngày kết thúc trước ngày bắt đầu"),
                        new DemoWorkbook(file + "-v2.xlsx", received.plusDays(3), uploader, cover, projects, ocop, events, null));
            }
            case "P34:56 2026-Q2" -> {
                ProvinceId ninhThuan = new ProvinceId("P63", "58");
                CoverInfo oldCode = new CoverInfo(ninhThuan, "Ninh Thuận", quarter, cover.preparer(), contact, "v1");
                yield List.of(new DemoWorkbook(file + ".xlsx", received, uploader, oldCode, projects, ocop, events,
                        "ghi mã tỉnh cũ P63:58 (Ninh Thuận) cho quý sau sáp nhập"));
            }
            case "P34:68 2026-Q3" -> {
                List<InvestmentProjectRow> updated = new ArrayList<>();
                for (int i = 0; i < projects.size(); i++) {
                    InvestmentProjectRow row = projects.get(i);
                    updated.add(i < 3 && row.disbursedCapital() != null
                            ? withDisbursed(row, row.disbursedCapital().add(new BigDecimal("12.5"))) : row);
                }
                yield List.of(
                        new DemoWorkbook(file + ".xlsx", received, uploader, cover, projects, ocop, events, null),
                        new DemoWorkbook(file + "-v2.xlsx", received.plusDays(5), uploader, cover, updated, ocop, events, null));
            }
            case "P34:52 2026-Q3" -> List.of(new DemoWorkbook(file + ".xlsx", receivedAt(quarter, 25), uploader, cover,
                    projects, ocop, events, null));
            default -> List.of(new DemoWorkbook(file + ".xlsx", received, uploader, cover, projects, ocop, events, null));
        };
    }

    private static OffsetDateTime receivedAt(Quarter quarter, int daysAfterQuarterEnd) {
        return OffsetDateTime.of(quarter.lastDay().plusDays(daysAfterQuarterEnd), LocalTime.of(9, 30), VIETNAM);
    }

    // ---- investment projects: a fixed portfolio per P63 province, snapshotted at each quarter end ----

    private record Project(String code, String name, String investor, String sector, LocalDate licensed,
                           BigDecimal registered, BigDecimal area) {
    }

    private List<Project> portfolio(ProvinceProfile profile) {
        SplittableRandom random = new SplittableRandom(profile.province().hashCode());
        int completed = (int) Math.round(profile.projects() * profile.completedShare());
        int partial = (int) Math.round(profile.projects() * profile.partialShare());
        int underway = profile.projects() - completed - partial;
        LocalDate profileEnd = PROFILE_QUARTER.lastDay();
        List<Project> projects = new ArrayList<>();
        addProjects(projects, profile, random, completed, LocalDate.of(2012, 1, 1), profileEnd.minusYears(5));
        addProjects(projects, profile, random, partial, profileEnd.minusYears(5).plusDays(1), profileEnd.minusYears(3));
        addProjects(projects, profile, random, underway, profileEnd.minusYears(3).plusDays(1), profileEnd);
        for (Quarter q = PROFILE_QUARTER.next(); q.compareTo(LAST) <= 0; q = q.next()) {
            addProjects(projects, profile, random, 2, q.firstDay(), q.lastDay());
        }
        return projects;
    }

    private void addProjects(List<Project> projects, ProvinceProfile profile, SplittableRandom random, int count,
                             LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        for (int i = 0; i < count; i++) {
            String sector = profile.sectors().get(random.nextInt(profile.sectors().size()));
            List<String> stems = vocabulary.getOrDefault(sector, vocabulary.get("other"));
            List<String> investors = vocabulary.get("investor");
            String code = "%s-%03d".formatted(profile.projectPrefix(), projects.size() + 1);
            projects.add(new Project(code, stems.get(random.nextInt(stems.size())) + " " + code,
                    investors.get(random.nextInt(investors.size())), sector,
                    from.plusDays(count == 1 ? days / 2 : days * i / Math.max(1, count - 1)),
                    BigDecimal.valueOf(random.nextInt(50, 5_000), 1), BigDecimal.valueOf(random.nextInt(10, 3_000), 1)));
        }
    }

    private static List<InvestmentProjectRow> snapshot(List<Project> portfolio, Quarter quarter) {
        LocalDate end = quarter.lastDay();
        List<InvestmentProjectRow> rows = new ArrayList<>();
        for (Project project : portfolio) {
            if (project.licensed().isAfter(end)) {
                continue;
            }
            long years = ChronoUnit.YEARS.between(project.licensed(), end);
            String status;
            double disbursedShare;
            long jobs;
            if (years >= 5) {
                status = "completed_operating";
                disbursedShare = 1.0;
                jobs = 80 + Math.floorMod(project.code().hashCode(), 700);
            } else if (years >= 3) {
                status = "partially_completed";
                disbursedShare = 0.6;
                jobs = 30 + Math.floorMod(project.code().hashCode(), 300);
            } else if (project.licensed().isAfter(PROFILE_QUARTER.lastDay()) && Math.floorMod(project.code().hashCode(), 5) == 0) {
                status = "suspended";
                disbursedShare = 0.1;
                jobs = 0;
            } else {
                status = "under_implementation";
                disbursedShare = 0.25;
                jobs = 10 + Math.floorMod(project.code().hashCode(), 50);
            }
            rows.add(InvestmentProjectRow.builder().set("project_code", project.code()).set("project_name", project.name())
                    .set("investor", project.investor()).set("sector", project.sector())
                    .set("registered_capital", project.registered())
                    .set("disbursed_capital", project.registered().multiply(BigDecimal.valueOf(disbursedShare)).setScale(1, RoundingMode.HALF_UP))
                    .set("area_ha", project.area()).set("status", status).set("licence_date", project.licensed())
                    .set("operation_date", status.equals("completed_operating") ? project.licensed().plusYears(3) : null)
                    .set("jobs", jobs).build());
        }
        return rows;
    }

    private static InvestmentProjectRow withDisbursed(InvestmentProjectRow row, BigDecimal disbursed) {
        return row.with("disbursed_capital", disbursed.min(row.registeredCapital())).with("note", "Cập nhật vốn thực hiện");
    }

    // ---- OCOP: the profile's counts at 2025-Q2, growing 3 % a quarter, split over the groups in force ----

    private List<OcopCountRow> ocopCounts(List<ProvinceProfile> constituents, Quarter quarter) {
        List<String> groups = ocopGroupsOn.apply(quarter.lastDay()).subList(0, GROUP_SHARES.length);
        List<OcopCountRow> rows = new ArrayList<>();
        long producers = constituents.stream().mapToLong(p -> grown(p.ocopProducers(), quarter)).sum();
        long pending = constituents.stream().mapToLong(ProvinceProfile::pendingFiveStar).sum();
        for (int star : new int[] {3, 4}) {
            long total = constituents.stream().mapToLong(p -> grown(star == 3 ? p.ocopThreeStar() : p.ocopFourStar(), quarter)).sum();
            long before = constituents.stream()
                    .mapToLong(p -> grown(star == 3 ? p.ocopThreeStar() : p.ocopFourStar(), quarter.previous())).sum();
            long[] recognised = split(total);
            long[] newly = split(Math.max(0, total - before));
            long[] producerSplit = split(star == 3 ? producers : 0);
            for (int g = 0; g < GROUP_SHARES.length; g++) {
                rows.add(new OcopCountRow(null, 0, groups.get(g), star, recognised[g], newly[g], recognised[g] / 20,
                        producerSplit[g], star == 4 && g == 0 ? pending : 0L));
            }
        }
        return rows;
    }

    private static long grown(int base, Quarter quarter) {
        int quartersFromProfile = (quarter.year() - PROFILE_QUARTER.year()) * 4 + quarter.quarter() - PROFILE_QUARTER.quarter();
        return Math.round(base * (1 + 0.03 * quartersFromProfile));
    }

    private static long[] split(long total) {
        long[] parts = new long[GROUP_SHARES.length];
        long assigned = 0;
        for (int g = 0; g < parts.length - 1; g++) {
            parts[g] = Math.round(total * GROUP_SHARES[g]);
            assigned += parts[g];
        }
        parts[parts.length - 1] = total - assigned;
        return parts;
    }

    // ---- events: the public ones from the press, and one or two ordinary ones a quarter ----

    private List<PromotionEventRow> events(ProvinceId reporter, Quarter quarter) {
        ProvinceId hcmc = new ProvinceId(reporter.era(), "79");
        String name = provinces.find(reporter).map(Province::name).orElseThrow();
        List<PromotionEventRow> events = new ArrayList<>(publicEvents(reporter, quarter, hcmc));
        SplittableRandom random = new SplittableRandom((reporter + quarter.toString()).hashCode());
        int ordinary = 1 + random.nextInt(2);
        int quarterIndex = (quarter.year() - FIRST.year()) * 4 + quarter.quarter() - FIRST.quarter();
        for (int i = 0; i < ordinary; i++) {
            String type = EVENT_TYPES.get(Math.floorMod(quarterIndex + i + reporter.code().hashCode(), EVENT_TYPES.size()));
            boolean inHcmc = type.equals("exhibition_week") || type.equals("trade_fair");
            LocalDate start = quarter.firstDay().plusDays(10 + random.nextInt(60));
            events.add(new PromotionEventRow(null, 0, eventName(type, name, inHcmc), type, start,
                    start.plusDays(type.equals("exhibition_week") ? 3 : random.nextInt(2)),
                    inHcmc ? hcmc : reporter, List.of(inHcmc ? reporter : hcmc), inHcmc ? "ITPC" : "Sở Công Thương " + name,
                    "bilateral", (long) random.nextInt(15, 80), (long) random.nextInt(80, 300), (long) random.nextInt(30, 250),
                    (long) random.nextInt(0, 8), BigDecimal.valueOf(random.nextInt(20, 600), 1), (long) random.nextInt(2_000, 25_000)));
        }
        return events;
    }

    private static String eventName(String type, String province, boolean inHcmc) {
        String place = inHcmc ? " tại TP. Hồ Chí Minh" : " – TP. Hồ Chí Minh";
        return switch (type) {
            case "exhibition_week" -> "Tuần lễ giới thiệu sản phẩm " + province + place;
            case "supply_demand_conference" -> "Hội nghị kết nối cung – cầu " + province + place;
            case "trade_fair" -> "Hội chợ sản phẩm " + province + place;
            case "ocop_promotion" -> "Quảng bá sản phẩm OCOP " + province + place;
            case "investment_dialogue" -> "Tọa đàm xúc tiến đầu tư " + province + place;
            case "survey_delegation" -> "Đoàn doanh nghiệp TP.HCM khảo sát tại " + province;
            default -> "Nội dung hợp tác " + province + place;
        };
    }

    /** The events named in the press (shared/DOMAIN.md), on their real dates. */
    private static List<PromotionEventRow> publicEvents(ProvinceId reporter, Quarter quarter, ProvinceId hcmc) {
        String key = reporter + " " + quarter;
        return switch (key) {
            case "P63:66 2024-Q3" -> List.of(
                    new PromotionEventRow(null, 0, "Tuần lễ triển lãm sản phẩm Đắk Lắk tại TP. Hồ Chí Minh", "exhibition_week",
                            LocalDate.of(2024, 7, 25), LocalDate.of(2024, 7, 28), hcmc, List.of(reporter), "ITPC", "bilateral",
                            65L, 210L, 120L, 6L, new BigDecimal("35.0"), 18_000L),
                    new PromotionEventRow(null, 0, "Hội nghị kết nối cung – cầu Đắk Lắk – TP. Hồ Chí Minh", "supply_demand_conference",
                            LocalDate.of(2024, 7, 25), LocalDate.of(2024, 7, 25), hcmc, List.of(reporter), "Sở Công Thương TP.HCM",
                            "bilateral", 120L, 300L, null, 12L, new BigDecimal("48.5"), null));
            case "P63:60 2024-Q4" -> List.of(
                    new PromotionEventRow(null, 0, "Tuần lễ sản phẩm OCOP Bình Thuận tại TP. Hồ Chí Minh", "exhibition_week",
                            LocalDate.of(2024, 10, 17), LocalDate.of(2024, 10, 20), hcmc, List.of(reporter), "ITPC", "bilateral",
                            22L, 190L, 40L, 3L, new BigDecimal("8.0"), 9_500L));
            case "P63:95 2024-Q4" -> List.of(
                    new PromotionEventRow(null, 0, "Hội chợ OCOP Bạc Liêu 2024", "trade_fair",
                            LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 4), reporter, List.of(hcmc), "Sở Công Thương Bạc Liêu",
                            "bilateral", 60L, 170L, 256L, 4L, new BigDecimal("15.0"), 30_000L));
            default -> List.of();
        };
    }
}
