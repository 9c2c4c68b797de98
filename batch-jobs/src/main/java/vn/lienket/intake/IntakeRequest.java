package vn.lienket.intake;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import vn.lienket.domain.ProvinceId;

/**
 * One file brought to the intake's door, by whichever door it came: the command line, the inbox or
 * the portal.
 *
 * @param file             the bytes to archive and load; read once, while they are archived
 * @param originalFilename the name the sender gave it
 * @param uploader         who sent it ({@code inbox:P34-68/quy1.xlsx}, a portal user, a command-line user)
 * @param receivedAt       when it arrived: now, or the original time of receipt on a replay
 * @param scope            which province's workbook this door accepts
 * @param contractVersion  the workbook contract version to check and load it under, as its receipt recorded it on a
 *                         replay; {@code null}: the version in force at {@code receivedAt}
 */
public record IntakeRequest(Path file, String originalFilename, String uploader, OffsetDateTime receivedAt,
                            ProvinceScope scope, String contractVersion) {

    public IntakeRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(originalFilename, "originalFilename");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(scope, "scope");
    }

    /** A file arriving now, checked under the contract version in force at {@code receivedAt}. */
    public IntakeRequest(Path file, String originalFilename, String uploader, OffsetDateTime receivedAt,
                         ProvinceScope scope) {
        this(file, originalFilename, uploader, receivedAt, scope, null);
    }

    /** A file sent now under its own name by a sender who may report for any province. */
    public static IntakeRequest of(Path file, String uploader, OffsetDateTime receivedAt) {
        return new IntakeRequest(file, file.getFileName().toString(), uploader, receivedAt, ProvinceScope.any());
    }

    /** The same request, accepting only the workbook of {@code expectedProvince} when one is given. */
    public IntakeRequest expecting(Optional<ProvinceId> expectedProvince) {
        return new IntakeRequest(file, originalFilename, uploader, receivedAt, ProvinceScope.of(expectedProvince),
                contractVersion);
    }
}
