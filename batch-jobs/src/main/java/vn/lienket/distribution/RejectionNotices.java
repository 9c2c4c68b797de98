package vn.lienket.distribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.lienket.domain.ProvinceId;

/**
 * Tells a province its file was rejected: a Vietnamese mail to each address on the province's list,
 * with the annotated workbook and the JSON report attached. Queued once per file content and address.
 */
@Service
public class RejectionNotices {

    private static final Logger log = LoggerFactory.getLogger(RejectionNotices.class);

    private final Recipients recipients;
    private final MailOutbox outbox;
    private final MailTexts texts;

    public RejectionNotices(Recipients recipients, MailOutbox outbox, MailTexts texts) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Queues the notices and returns how many were new. */
    public int queue(RejectedFile file) {
        if (file.province().isEmpty()) {
            log.warn("Rejected file {} names no province; nobody to notify", file.fileName());
            return 0;
        }
        ProvinceId province = file.province().get();
        String provinceName = recipients.provinceName(province);
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        file.annotatedWorkbook().map(OutgoingMail.Attachment::of).ifPresent(attachments::add);
        attachments.add(OutgoingMail.Attachment.of(file.report()));
        int queued = 0;
        for (String email : recipients.emails(new DistributionList.Province(province))) {
            boolean added = outbox.queue(new OutgoingMail(
                    "rejection:" + file.fileSha256() + ":" + province + ":" + email.toLowerCase(Locale.ROOT),
                    OutgoingMail.Kind.REJECTION, email,
                    texts.get("rejection.subject", provinceName, file.fileName()),
                    texts.get("rejection.body", provinceName, file.fileName(), file.errorCount()),
                    file.submissionId(), Optional.empty(), attachments));
            queued += added ? 1 : 0;
        }
        return queued;
    }

    /**
     * A rejected file as the inbox left it.
     *
     * @param province  the province the cover (or else the folder) names, empty when neither does
     * @param submissionId empty when the file was rejected before it reached the registry
     */
    public record RejectedFile(Optional<ProvinceId> province, Optional<Long> submissionId, String fileName,
                               String fileSha256, long errorCount, Path report, Optional<Path> annotatedWorkbook) {
    }
}
