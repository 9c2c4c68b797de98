package vn.lienket.deadline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.OperationsTestApplication;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.MailOutbox;
import vn.lienket.distribution.Recipients;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseOrder;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = OperationsTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ReminderServiceIT {

    private static final Quarter Q1 = Quarter.parse("2026-Q1");
    private static final ProvinceId LAM_DONG = new ProvinceId("P34", "68");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    static Path root;

    @TempDir
    Path work;

    @Autowired
    ReminderService reminders;
    @Autowired
    SubmissionBoard board;
    @Autowired
    SubmissionIntake intake;
    @Autowired
    Recipients recipients;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QuarterDeadlines deadlines;

    private ProvinceId otherMember;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useDirectoriesUnder(root, registry);
        OperationsTestApplication.useGreenMail(registry);
    }

    /** Lâm Đồng submitted on 10/04 (on time); another member of its programme has sent nothing. */
    @BeforeEach
    void lamDongHasSubmitted() throws Exception {
        OperationsTestApplication.reset(jdbc);
        long id = intake.load(WorkbookFixtures.valid().writeXlsx(work), "so-cong-thuong-lam-dong").submission().id();
        jdbc.sql("UPDATE submission SET received_at = '2026-04-10 09:00+07' WHERE submission_id = :id").param("id", id).update();
        otherMember = jdbc.sql("""
                        SELECT era_code || ':' || province_code FROM v_programme_quarter_member
                        WHERE quarter_key = :q AND programme_code = 'HCMC_TN' AND province_code <> '68'
                        ORDER BY province_code LIMIT 1""")
                .param("q", Q1.key()).query(String.class).optional().map(ProvinceId::parse).orElseThrow();
        recipients.add(new DistributionList.Province(LAM_DONG), "so-ct@lamdong.gov.vn", Optional.empty());
        recipients.add(new DistributionList.Province(otherMember), "so-ct@other.gov.vn", Optional.empty());
    }

    @Test
    void theBoardShowsWhoIsOnTimeAndWhoIsAwaited() {
        var rows = board.board(Q1, LocalDate.of(2026, 4, 8));

        assertThat(rows).extracting(SubmissionBoard.ProvinceStanding::nameVi)
                .as("listed in Vietnamese name order (by code, P34:52 Gia Lai came before P34:66 Đắk Lắk)")
                .isSortedAccordingTo(VietnameseOrder.names())
                .containsSubsequence("Đắk Lắk", "Gia Lai", "Lâm Đồng");

        assertThat(rows).filteredOn(row -> row.province().equals(LAM_DONG)).singleElement()
                .satisfies(row -> assertThat(row.standing()).isEqualTo(Standing.ON_TIME));
        assertThat(rows).filteredOn(row -> row.province().equals(otherMember)).singleElement()
                .satisfies(row -> assertThat(row.standing()).isEqualTo(Standing.AWAITED));
        assertThat(board.board(Q1, LocalDate.of(2026, 4, 16))).filteredOn(row -> row.province().equals(otherMember))
                .singleElement().satisfies(row -> assertThat(row.standing()).isEqualTo(Standing.MISSING));
    }

    @Test
    void aWeekBeforeTheDeadlineOnlyProvincesWithoutAValidWorkbookAreRemindedOnce() throws Exception {
        ReminderService.ReminderRun first = reminders.remindDueProvinces(LocalDate.of(2026, 4, 8));
        ReminderService.ReminderRun sameDayAgain = reminders.remindDueProvinces(LocalDate.of(2026, 4, 8));
        outbox.deliverPending();

        assertThat(first.reminderDue()).hasValue(7);
        assertThat(first.provincesOwing()).contains(otherMember.toString()).doesNotContain(LAM_DONG.toString());
        assertThat(first.mailsQueued()).isEqualTo(1);
        assertThat(sameDayAgain.mailsQueued()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("so-ct@other.gov.vn");
        assertThat(received[0].getSubject()).contains("nhắc nộp báo cáo quý 2026-Q1 (hạn 15/04/2026)");
        assertThat(((String) received[0].getContent()).trim()).contains("còn 7 ngày");
    }

    @Test
    void theDayBeforeTheDeadlineBringsTheLastReminderAndNoneComesAfter() {
        reminders.remindDueProvinces(LocalDate.of(2026, 4, 8));

        ReminderService.ReminderRun lastDay = reminders.remindDueProvinces(LocalDate.of(2026, 4, 14));
        ReminderService.ReminderRun afterDeadline = reminders.remindDueProvinces(LocalDate.of(2026, 4, 16));

        assertThat(lastDay.reminderDue()).hasValue(1);
        assertThat(lastDay.mailsQueued()).isEqualTo(1);
        assertThat(afterDeadline.reminderDue()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE kind = 'reminder'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDeadlineSetForTheQuarterMovesTheRemindersTheStandingAndTheMailsDate() throws Exception {
        deadlines.set(Q1, LocalDate.of(2026, 4, 30), "Nghỉ lễ 30/4", "vanhanh");

        assertThat(reminders.remindDueProvinces(LocalDate.of(2026, 4, 8)).reminderDue())
                .as("23 days before the new deadline: no reminder yet").isEmpty();
        ReminderService.ReminderRun weekBefore = reminders.remindDueProvinces(LocalDate.of(2026, 4, 23));
        outbox.deliverPending();
        assertThat(weekBefore.reminderDue()).hasValue(7);
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("(hạn 30/04/2026)"));
        assertThat(board.board(Q1, LocalDate.of(2026, 4, 16))).filteredOn(row -> row.province().equals(otherMember))
                .singleElement().satisfies(row -> assertThat(row.standing()).as("the old deadline has passed, the set one not")
                        .isEqualTo(Standing.AWAITED));
        assertThat(board.policy().ruleDeadline(Q1)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void settingAQuartersDeadlineIsInTheAuditLogWithItsReasonAndWhoSetIt() {
        deadlines.set(Q1, LocalDate.of(2026, 4, 30), "Nghỉ lễ 30/4", "vanhanh");
        deadlines.set(Q1, LocalDate.of(2026, 5, 5), "Nghỉ lễ 30/4 và 1/5", "vanhanh");

        assertThat(jdbc.sql("""
                        SELECT action || ' ' || (details ->> 'quarter') || ' ' || coalesce(details ->> 'before', '-') || ' '
                               || (details ->> 'after') || ' ' || (details ->> 'reason') || ' ' || (details ->> 'by')
                        FROM audit_log WHERE action LIKE 'deadline-%' ORDER BY chain_position""").query(String.class).list())
                .containsExactly("deadline-set 2026-Q1 - 2026-04-30 Nghỉ lễ 30/4 vanhanh",
                        "deadline-changed 2026-Q1 2026-04-30 2026-05-05 Nghỉ lễ 30/4 và 1/5 vanhanh");
        assertThat(deadlines.list()).singleElement().satisfies(set -> {
            assertThat(set.deadline()).isEqualTo(LocalDate.of(2026, 5, 5));
            assertThat(set.setBy()).isEqualTo("vanhanh");
        });
    }

    @Test
    void aDeadlineOutsideTheQuartersReportingTimeOrWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> deadlines.set(Q1, LocalDate.of(2026, 3, 31), "sớm", "vanhanh"))
                .isInstanceOfSatisfying(DeadlineRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("deadlines.outOfRange");
                    assertThat(refused.arguments()).containsExactly(Q1, "31/03/2026", "01/04/2026", "29/06/2026");
                });
        assertThatThrownBy(() -> deadlines.set(Q1, LocalDate.of(2026, 4, 30), " ", "vanhanh"))
                .isInstanceOfSatisfying(DeadlineRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("deadlines.reasonMissing"));
        assertThat(deadlines.list()).isEmpty();
    }
}
