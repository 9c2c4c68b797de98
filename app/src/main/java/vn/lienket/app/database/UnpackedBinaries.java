package vn.lienket.app.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The PostgreSQL binaries the jar carries, once unpacked beside the data directory, so that later
 * starts run them directly. zonky (2.2.2) reads and MD5-hashes the 14 MB archive at every start to
 * find its unpacked copy, and runs a shell script and {@code unshare} to learn the distribution and
 * whether it runs as root; here the first start lets zonky do all that and records what it found
 * ({@value #RECORD}): which directory holds the binaries of which archive, and whether they run under
 * {@code unshare -U}. A later start trusts the record while the jar's archive is the same entry (its
 * CRC-32 and size, read from the jar's directory without reading the archive).
 */
final class UnpackedBinaries {

    static final String RECORD = "unpacked.properties";
    /** The only binaries the jar carries: Linux x86-64 (see app/pom.xml). */
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path directory;
    private final boolean unshare;

    private UnpackedBinaries(Path directory, boolean unshare) {
        this.directory = directory;
        this.unshare = unshare;
    }

    /** The binaries recorded under {@code binariesDirectory} for the archive this jar carries, if any. */
    static Optional<UnpackedBinaries> recorded(Path binariesDirectory) {
        Path record = binariesDirectory.resolve(RECORD);
        Optional<String> archive = archiveIdentity();
        if (archive.isEmpty() || !Files.isRegularFile(record)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        String unpacked = properties.getProperty("directory", "");
        Path directory = binariesDirectory.resolve(unpacked).normalize();
        if (!archive.get().equals(properties.getProperty("archive")) || unpacked.isEmpty()
                || !directory.getParent().equals(binariesDirectory.normalize())
                || !Files.isRegularFile(directory.resolve(".exists"))
                || !Files.isExecutable(directory.resolve("bin").resolve("pg_ctl"))) {
            return Optional.empty();
        }
        return Optional.of(new UnpackedBinaries(directory, Boolean.parseBoolean(properties.getProperty("unshare"))));
    }

    /**
     * A resolver for zonky's own start that notes which directory zonky unpacks into (named after the
     * MD5 of the archive it reads), for {@link Recorder#record}.
     */
    static Recorder recorder() {
        return new Recorder();
    }

    /** The command running the binary {@code name}, wrapped as zonky wraps it. */
    String[] command(String name, String... arguments) {
        String binary = directory.resolve("bin").resolve(name).toString();
        String[] prefix = unshare ? new String[] {"unshare", "-U", binary} : new String[] {binary};
        String[] command = new String[prefix.length + arguments.length];
        System.arraycopy(prefix, 0, command, 0, prefix.length);
        System.arraycopy(arguments, 0, command, prefix.length, arguments.length);
        return command;
    }

    /** The archive's entry in its jar as CRC-32 and size, without reading it; empty when it is not in a jar. */
    private static Optional<String> archiveIdentity() {
        URL url = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            connection.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            return Optional.of(Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static final class Recorder implements PgBinaryResolver {

        private MessageDigest digest;

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            try {
                digest = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                return archive;
            }
            return new DigestInputStream(archive, digest);
        }

        /** Writes the record once zonky has started from the binaries it unpacked in {@code binariesDirectory}. */
        void record(Path binariesDirectory) throws IOException {
            Optional<String> archive = archiveIdentity();
            if (digest == null || archive.isEmpty()) {
                return;
            }
            String unpacked = "PG-" + HexFormat.of().formatHex(digest.digest());
            if (!Files.isRegularFile(binariesDirectory.resolve(unpacked).resolve(".exists"))) {
                return;
            }
            Properties properties = new Properties();
            properties.setProperty("archive", archive.get());
            properties.setProperty("directory", unpacked);
            // zonky has asked already (it runs the binaries through it): the answer costs nothing now
            properties.setProperty("unshare", String.valueOf(LinuxUtils.isUnshareAvailable()));
            Path temporary = Files.createTempFile(binariesDirectory, ".unpacked-", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by Lien ket: the PostgreSQL binaries unpacked from the jar's archive");
            }
            Files.move(temporary, binariesDirectory.resolve(RECORD), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
