/**
 * E-mail: distribution lists per programme and per province ({@link vn.lienket.distribution.Recipients}),
 * the outbox that records every mail with the SHA-256 of its attachments before sending it and retries
 * without duplicates ({@link vn.lienket.distribution.MailOutbox}), and the mails themselves: rejection
 * reports, scorecards after the deadline. Texts live in {@code mail_vi.properties}.
 */
package vn.lienket.distribution;
