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
}
