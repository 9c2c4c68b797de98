package vn.lienket.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienket.domain.MessageBundle;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * Every mail goes through here: {@link #queue} writes it, with the SHA-256 of each attachment, to
 * {@code mail_message}/{@code mail_attachment} before anything is sent; {@link #deliverPending}
 * sends what is pending. A message is locked ({@code FOR UPDATE SKIP LOCKED}) while it is sent and
 * marked sent in the same transaction, so two nodes never send the same message and a sent message
 * is never sent again; a failed delivery stays pending and is retried by the next call, until
 * {@code lienket.mail.max-attempts}. An attachment whose bytes changed since it was queued is not sent.
 * The one window left: a node killed after the SMTP server accepted a message but before the commit
 * leaves it pending, and it is sent once more.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    /** Jakarta Mail's words when {@code mail.smtp.starttls.required} meets a server that does not offer STARTTLS. */
    private static final String STARTTLS_REFUSED = "STARTTLS is required but host does not support STARTTLS";
    private static final MessageBundle TEXTS = new MessageBundle("vn.lienket.distribution.mail");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;

    public MailOutbox(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                      ObjectProvider<JavaMailSender> mailSender, MailProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Records a mail to send; false when a mail with the same key was queued before (nothing changes). */
    public boolean queue(OutgoingMail mail) {
        Boolean queued = transaction.execute(status -> {
            Optional<Long> id = jdbc.sql("""
                            INSERT INTO mail_message (dedup_key, kind, recipient, subject, body, submission_id, quarter_key)
                            VALUES (:key, :kind, :recipient, :subject, :body, :submission, :quarter)
                            ON CONFLICT (dedup_key) DO NOTHING RETURNING mail_message_id""")
                    .param("key", mail.dedupKey()).param("kind", mail.kind().code())
                    .param("recipient", mail.recipient()).param("subject", mail.subject()).param("body", mail.body())
                    .param("submission", mail.submissionId().orElse(null))
                    .param("quarter", mail.quarter().map(Quarter::key).orElse(null))
                    .query(Long.class).optional();
            id.ifPresent(messageId -> {
                int position = 0;
                for (OutgoingMail.Attachment attachment : mail.attachments()) {
                    jdbc.sql("""
                                    INSERT INTO mail_attachment (mail_message_id, position, file_name, path, content_type, sha256, size_bytes)
                                    VALUES (:id, :position, :name, :path, :type, :sha, :size)""")
                            .param("id", messageId).param("position", position++).param("name", attachment.fileName())
                            .param("path", attachment.path().toAbsolutePath().toString()).param("type", attachment.contentType())
                            .param("sha", sha256(attachment)).param("size", size(attachment))
                            .update();
                }
            });
            return id.isPresent();
        });
        return Boolean.TRUE.equals(queued);
    }

    /** Sends every pending mail once; without an SMTP server configured ({@code spring.mail.host}) nothing is sent. */
    public DeliverySummary deliverPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            long pending = jdbc.sql("SELECT count(*) FROM mail_message WHERE status = 'pending'").query(Long.class).single();
            if (pending > 0) {
                log.warn("{} mails wait: no SMTP server configured (spring.mail.host / SPRING_MAIL_HOST)", pending);
            }
            return new DeliverySummary(0, 0, 0, pending);
        }
        List<Long> tried = new ArrayList<>();
        int sent = 0;
        int retrying = 0;
        int gaveUp = 0;
        while (true) {
            Optional<Delivery> delivery = transaction.execute(status -> deliverNext(sender, tried));
            if (delivery == null || delivery.isEmpty()) {
                break;
            }
            tried.add(delivery.get().messageId());
            switch (delivery.get().status()) {
                case "sent" -> sent++;
                case "failed" -> gaveUp++;
                default -> retrying++;
            }
        }
        return new DeliverySummary(sent, retrying, gaveUp, 0);
    }

    private Optional<Delivery> deliverNext(JavaMailSender sender, List<Long> tried) {
        Optional<StoredMail> next = jdbc.sql("""
                        SELECT mail_message_id, recipient, subject, body, attempts FROM mail_message
                        WHERE status = 'pending' AND NOT (mail_message_id = ANY (:tried))
                        ORDER BY mail_message_id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("tried", tried.toArray(Long[]::new))
                .query((row, n) -> new StoredMail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5)))
                .optional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        StoredMail mail = next.get();
        List<StoredAttachment> stored = jdbc.sql("""
                        SELECT file_name, path, content_type, sha256 FROM mail_attachment
                        WHERE mail_message_id = :id ORDER BY position""")
                .param("id", mail.id())
                .query((row, n) -> new StoredAttachment(
                        new OutgoingMail.Attachment(row.getString(1), Path.of(row.getString(2)), row.getString(3)), row.getString(4)))
                .list();
        List<OutgoingMail.Attachment> attachments = stored.stream().map(StoredAttachment::attachment).toList();
        try {
            for (StoredAttachment attachment : stored) {
                if (!sha256(attachment.attachment()).equals(attachment.sha256())) {
                    throw new IllegalStateException("attachment " + attachment.attachment().path() + " changed since the mail was queued");
                }
            }
            sender.send(compose(sender, mail, attachments));
            jdbc.sql("UPDATE mail_message SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE mail_message_id = :id")
                    .param("id", mail.id()).update();
            return Optional.of(new Delivery(mail.id(), "sent"));
        } catch (MailException | MessagingException | IllegalStateException | UncheckedIOException e) {
            String status = mail.attempts() + 1 >= properties.maxAttempts() ? "failed" : "pending";
            String reason = failureReason(e);
            log.warn("Mail {} to {} not delivered (attempt {}): {}", mail.id(), mail.recipient(), mail.attempts() + 1, reason);
            jdbc.sql("UPDATE mail_message SET status = :status, attempts = attempts + 1, last_error = :error WHERE mail_message_id = :id")
                    .param("status", status).param("error", reason).param("id", mail.id()).update();
            return Optional.of(new Delivery(mail.id(), status));
        }
    }

    /**
     * What the operator reads in the log and in {@code mail_message.last_error}: the mail library's own words, preceded
     * by a plain explanation when the server refused what the configuration demands (STARTTLS required, not offered).
     */
    private String failureReason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(STARTTLS_REFUSED)) {
                return TEXTS.text(properties.language(), "delivery.starttls-required", e.getMessage());
            }
        }
        return String.valueOf(e.getMessage());
    }

    private MimeMessage compose(JavaMailSender sender, StoredMail mail, List<OutgoingMail.Attachment> attachments)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        for (OutgoingMail.Attachment attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new FileSystemResource(attachment.path()), attachment.contentType());
        }
        return message;
    }

    private static String sha256(OutgoingMail.Attachment attachment) {
        try {
            return SubmissionArchive.sha256Of(attachment.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + attachment.path() + ": " + e.getMessage(), e);
        }
    }

    private static long size(OutgoingMail.Attachment attachment) {
        try {
            return Files.size(attachment.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attachment " + attachment.path() + ": " + e.getMessage(), e);
        }
    }

    private record StoredMail(long id, String recipient, String subject, String body, int attempts) {
    }

    private record StoredAttachment(OutgoingMail.Attachment attachment, String sha256) {
    }

    private record Delivery(long messageId, String status) {
    }

    /**
     * What one delivery pass did.
     *
     * @param retrying mails that failed this time and will be tried again
     * @param gaveUp   mails that failed for the last allowed time and are now marked failed
     * @param waiting  mails left pending because no SMTP server is configured
     */
    public record DeliverySummary(int sent, int retrying, int gaveUp, long waiting) {
        @Override
        public String toString() {
            return "mails sent " + sent + ", retrying " + retrying + ", failed " + gaveUp + ", waiting for SMTP " + waiting;
        }
    }
}
