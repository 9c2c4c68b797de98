package vn.lienket.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    /** FIPS 180-2's example: the digest of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void givesTheStandardDigestOfBytesOfAFileAndOfACopyHashedOnTheWay(@TempDir Path dir) throws IOException {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("abc.txt"), abc);
        MessageDigest copying = Sha256.newDigest();
        copying.update(abc);

        assertThat(Sha256.hexOf(abc)).isEqualTo(ABC);
        assertThat(Sha256.hexOf(file)).isEqualTo(ABC);
        assertThat(Sha256.hex(copying)).isEqualTo(ABC);
        assertThat(Sha256.digest(abc)).hasSize(32).startsWith((byte) 0xba, (byte) 0x78);
    }
}
