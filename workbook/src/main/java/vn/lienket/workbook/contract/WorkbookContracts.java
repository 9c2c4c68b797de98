package vn.lienket.workbook.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every released version of the workbook contract, oldest first, each with the day it took effect. A
 * submission is checked and loaded under the version in force on the day it was received and records
 * it; a replay loads it under the version it recorded, so a workbook received under {@code v1} still
 * loads as it did after {@code v2} took effect. A released version is never changed nor removed from
 * the jar.
 */
public final class WorkbookContracts {

    /**
     * The version every submission was checked under before versions were recorded (registry rows and
     * archive receipts without one).
     */
    public static final String FIRST_VERSION = "v1";

    private static final String RESOURCE = "contract/workbook-contract-%s.yaml";
    private static volatile WorkbookContracts released;

    private final List<WorkbookContract> versions;

    private WorkbookContracts(List<WorkbookContract> versions) {
        if (versions.isEmpty() || !versions.get(0).version().equals(FIRST_VERSION)) {
            throw new IllegalArgumentException("The first workbook contract must be " + FIRST_VERSION);
        }
        for (int i = 1; i < versions.size(); i++) {
            WorkbookContract previous = versions.get(i - 1);
            WorkbookContract next = versions.get(i);
            if (!next.version().equals(versionName(i + 1)) || !next.effectiveFrom().isAfter(previous.effectiveFrom())) {
                throw new IllegalArgumentException("Workbook contract " + next.version() + " (from " + next.effectiveFrom()
                        + ") must be " + versionName(i + 1) + " and take effect after " + previous.version() + " ("
                        + previous.effectiveFrom() + ")");
            }
        }
        this.versions = List.copyOf(versions);
    }

    /** The versions released in this build: {@code contract/workbook-contract-v1.yaml}, {@code -v2.yaml} … until one is missing. */
    public static WorkbookContracts released() {
        WorkbookContracts loaded = released;
        if (loaded == null) {
            List<WorkbookContract> versions = new ArrayList<>();
            ClassLoader classLoader = WorkbookContracts.class.getClassLoader();
            for (int number = 1; ; number++) {
                String resource = resourceOf(versionName(number));
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    if (in == null) {
                        break;
                    }
                    versions.add(requireNamed(ContractLoader.load(in, resource), versionName(number), resource));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            loaded = new WorkbookContracts(versions);
            released = loaded;
        }
        return loaded;
    }

    /** These versions, oldest first: {@code v1}, {@code v2} … with increasing days of effect (tests make their own). */
    public static WorkbookContracts of(List<WorkbookContract> versions) {
        return new WorkbookContracts(versions);
    }

    /** The version a workbook received on {@code day} is checked under; the first version before any later one took effect. */
    public WorkbookContract inForceOn(LocalDate day) {
        WorkbookContract inForce = versions.get(0);
        for (WorkbookContract version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** A released version by its name ({@code v1}), as a submission or a receipt recorded it. */
    public WorkbookContract version(String name) {
        return versions.stream().filter(v -> v.version().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No workbook contract " + name + " in this build (it has "
                        + versions.stream().map(WorkbookContract::version).toList() + ")"));
    }

    /** The newest released version, which may not be in force yet. */
    public WorkbookContract latest() {
        return versions.get(versions.size() - 1);
    }

    public List<WorkbookContract> all() {
        return versions;
    }

    /** Where version {@code version} ({@code v1}) is kept on the classpath. */
    public static String resourceOf(String version) {
        return RESOURCE.formatted(version);
    }

    private static String versionName(int number) {
        return "v" + number;
    }

    private static WorkbookContract requireNamed(WorkbookContract contract, String expected, String resource) {
        if (!contract.version().equals(expected)) {
            throw new ContractLoader.InvalidContractException(resource + ": says version " + contract.version()
                    + ", its name " + expected, null);
        }
        return contract;
    }
}
