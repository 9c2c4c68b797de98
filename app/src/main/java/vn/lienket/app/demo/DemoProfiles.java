package vn.lienket.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.domain.ProvinceId;

/** The demo's data profiles and vocabulary, read from {@code demo/*.csv} on the classpath. */
final class DemoProfiles {

    private DemoProfiles() {
    }

    /** One submitting P63 province: how many projects it hosts at 2025-Q2 and its OCOP base. */
    record ProvinceProfile(ProvinceId province, String projectPrefix, int projects, double completedShare,
                           double partialShare, int ocopThreeStar, int ocopFourStar, int ocopProducers,
                           int pendingFiveStar, List<String> sectors, String contact) {
    }

    static List<ProvinceProfile> provinces() {
        List<ProvinceProfile> profiles = new ArrayList<>();
        for (String[] f : rows("demo/provinces.csv")) {
            profiles.add(new ProvinceProfile(new ProvinceId(f[0], f[1]), f[2], Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), List.of(f[10].split(";")), f[11]));
        }
        return profiles;
    }

    /** Words by kind: {@code investor}, or a sector code for project name stems. */
    static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String[] f : rows("demo/vocabulary.csv")) {
            words.computeIfAbsent(f[0], kind -> new ArrayList<>()).add(f[1]);
        }
        return words;
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoProfiles.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> Arrays.stream(line.split(",", -1)).map(String::trim).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
