package vn.lienket.portal.upload;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.portal.PortalProperties;
import vn.lienket.portal.access.AccessScope;
import vn.lienket.portal.access.ActionRefusedException;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;

/**
 * One workbook uploaded through the portal, by the upload page or the API: saved to a temporary file
 * ({@link UploadedWorkbook}), then loaded through {@link SubmissionIntake} like every other door, with
 * the submitter's province as the only one its door accepts (the cover decides; an operator's door
 * accepts any), uploader {@code portal:<username>}. Refusals (a role that does not submit, another
 * province's workbook) are written to the audit log here, once for both doors.
 */
@Service
public class PortalUploads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubmissionIntake intake;
    private final AccessScope scope;
    private final PortalProperties properties;
    private final Clock clock;

    public PortalUploads(SubmissionIntake intake, AccessScope scope, PortalProperties properties, Clock clock) {
        this.intake = intake;
        this.scope = scope;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Loads the upload and says what became of it.
     *
     * @throws UploadRefusedException  when it is empty, too large or not a workbook (nothing archived)
     * @throws ActionRefusedException  when the user's role does not submit workbooks (audited)
     */
    public UploadVerdict upload(PortalUser user, MultipartFile file) throws IOException {
        if (user.role() != PortalRole.SUBMITTER && user.role() != PortalRole.OPERATOR) {
            scope.refuse(user, "upload", Map.of(), null);
            throw new ActionRefusedException("upload as " + user.role().code());
        }
        IntakeResult result;
        try (UploadedWorkbook upload = UploadedWorkbook.save(file, properties.maxUpload())) {
            result = intake.load(new IntakeRequest(upload.file(), upload.originalFilename(), AccessScope.actor(user),
                    OffsetDateTime.now(clock), doorOf(user)));
        }
        if (!scope.maySeeSubmission(user, result.submission())) {
            // the bytes of another province's current version, sent through this user's door: the intake calls
            // them already processed; their report and id are not this user's to read
            refuseOtherProvince(user, result, result.submission().province().map(Object::toString).orElse(""));
            return new UploadVerdict(UploadVerdict.Kind.NOT_YOURS, Optional.empty());
        }
        if (result.submission().status() == SubmissionStatus.REJECTED) {
            Optional<String> claimed = claimedProvince(result);
            if (claimed.isPresent()) {
                refuseOtherProvince(user, result, claimed.get());
                return new UploadVerdict(UploadVerdict.Kind.OTHER_PROVINCE, Optional.of(result));
            }
            return new UploadVerdict(UploadVerdict.Kind.REJECTED, Optional.of(result));
        }
        return new UploadVerdict(result.alreadyProcessed() ? UploadVerdict.Kind.ALREADY_PROCESSED : UploadVerdict.Kind.ACCEPTED,
                Optional.of(result));
    }

    /** A submitter's door accepts its own province only; an operator's any (as the command line). */
    private static ProvinceScope doorOf(PortalUser user) {
        return user.role() == PortalRole.SUBMITTER ? ProvinceScope.of(user.province()) : ProvinceScope.any();
    }

    /** The province the cover claimed when the intake refused it as not this door's ({@code PROVINCE_NOT_EXPECTED}). */
    private static Optional<String> claimedProvince(IntakeResult result) {
        return result.reportJson().map(JSON::readTree)
                .filter(report -> report.path("problemCounts").path(SubmissionLoader.PROVINCE_NOT_EXPECTED).asInt(0) > 0)
                .map(report -> report.path("cover").path("province"))
                .map(province -> province.isString() ? province.asString() : "");
    }

    private void refuseOtherProvince(PortalUser user, IntakeResult result, String claimed) {
        scope.refuse(user, "upload", Map.of("province", claimed,
                "expected", user.province().map(Object::toString).orElse("")), result.submission().id());
    }
}
