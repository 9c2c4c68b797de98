package vn.lienket.distribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienket.domain.Quarter;

/**
 * After the deadline, renders the quarter's scorecards and queues one mail per recipient and
 * scorecard, the PDF attached. A quarter is distributed once: when scorecard mails for it exist,
 * nothing is rendered again (late corrections go out on request, not by surprise).
 */
@Service
public class ScorecardDistribution {

    private final ObjectProvider<QuarterlyScorecards> scorecards;
    private final Recipients recipients;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final JdbcClient jdbc;

    public ScorecardDistribution(ObjectProvider<QuarterlyScorecards> scorecards, Recipients recipients, MailOutbox outbox,
                                 MailTexts texts, JdbcClient jdbc) {
        this.scorecards = scorecards;
        this.recipients = recipients;
        this.outbox = outbox;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    public Outcome distribute(Quarter quarter) {
        boolean distributed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM mail_message WHERE kind = 'scorecard' AND quarter_key = :quarter)")
                .param("quarter", quarter.key()).query(Boolean.class).single();
        if (distributed) {
            return new Outcome(quarter, Optional.of("already distributed"), 0, 0);
        }
        QuarterlyScorecards renderer = scorecards.getIfAvailable();
        if (renderer == null) {
            return new Outcome(quarter, Optional.of("no scorecard renderer in this build"), 0, 0);
        }
        int files = 0;
        int queued = 0;
        for (RenderedScorecardFile file : renderer.render(quarter)) {
            files++;
            for (String email : recipients.emails(file.audience())) {
                boolean added = outbox.queue(new OutgoingMail(
                        "scorecard:" + quarter + ":" + file.audience() + ":" + file.sha256() + ":" + email.toLowerCase(Locale.ROOT),
                        OutgoingMail.Kind.SCORECARD, email,
                        texts.get("scorecard.subject", quarter, file.title()),
                        texts.get("scorecard.body", quarter, file.title(), file.sha256()),
                        Optional.empty(), Optional.of(quarter), List.of(OutgoingMail.Attachment.of(file.path()))));
                queued += added ? 1 : 0;
            }
        }
        return new Outcome(quarter, Optional.empty(), files, queued);
    }

    /** @param skipped why nothing was rendered, when nothing was */
    public record Outcome(Quarter quarter, Optional<String> skipped, int scorecards, int mailsQueued) {
        @Override
        public String toString() {
            return quarter + ": " + skipped.orElse(scorecards + " scorecards, " + mailsQueued + " mails queued");
        }
    }
}
