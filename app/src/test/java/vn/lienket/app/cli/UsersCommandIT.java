package vn.lienket.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code lienket users}: passwords never as arguments, stored as bcrypt hashes; scopes checked against the warehouse. */
class UsersCommandIT {

    private static final InputStream STANDARD_INPUT = System.in;

    @TempDir
    Path work;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(STANDARD_INPUT);
    }

    @Test
    void aSubmitterIsAddedWithThePasswordFromStandardInputStoredAsABcryptHash() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("users_add");
        CliRun cli = new CliRun(database, work);

        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result added = cli.run("users", "add", "--username", "so-ct-lamdong", "--role", "submitter", "--province", "P34:68");
        CliRun.Result listed = cli.run("users", "list");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("so-ct-lamdong").contains("P34:68");
        assertThat(listed.out()).contains("so-ct-lamdong").contains("submitter").contains("P34:68").contains("1 tài khoản");
        String hash = jdbc(database).sql("SELECT password_hash FROM portal_user WHERE username = 'so-ct-lamdong'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("mat-khau-rat-dai-2026");
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefusedBeforeAnythingIsStored() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("users_password_argument");
        CliRun cli = new CliRun(database, work);

        CliRun.Result refused = cli.run("users", "add", "--username", "van-hanh", "--role", "operator",
                "--password", "mat-khau-rat-dai-2026");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(refused.err()).contains("--password");
        typed("\n");
        assertThat(cli.run("users", "list").out()).contains("0 tài khoản");
    }

    @Test
    void aSubmitterNeedsAProvinceThatExistsInItsEraAndALeaderKnownProgrammes() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("users_scope");
        CliRun cli = new CliRun(database, work);

        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result noSuchProvince = cli.run("users", "add", "--username", "so-ct-x", "--role", "submitter", "--province", "P34:99");
        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result noProvince = cli.run("users", "add", "--username", "so-ct-y", "--role", "submitter");
        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result unknownProgramme = cli.run("users", "add", "--username", "lanh-dao", "--role", "leader", "--programme", "NOPE");
        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result badName = cli.run("users", "add", "--username", "Sở CT/../x", "--role", "auditor");
        typed("mat-khau-rat-dai-2026\n");
        CliRun.Result leader = cli.run("users", "add", "--username", "lanh-dao", "--role", "leader", "--programme", "HCMC_TN",
                "--provinces", "P34:68,P34:66");

        assertThat(noSuchProvince.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(noSuchProvince.err()).contains("Không có tỉnh P34:99");
        assertThat(noProvince.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(noProvince.err()).contains("--province");
        assertThat(unknownProgramme.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(badName.err()).contains("Tên đăng nhập không hợp lệ");
        assertThat(leader.exitCode()).as(leader.err()).isZero();
        assertThat(leader.out()).contains("HCMC_TN, P34:66, P34:68");
    }

    @Test
    void aTokenIsPrintedOnceStoredAsItsHashAndADisabledAccountGetsNoneNorItsOldOneWhenEnabledAgain() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("users_token");
        CliRun cli = new CliRun(database, work);
        typed("mat-khau-rat-dai-2026\n");
        cli.run("users", "add", "--username", "he-thong-tinh", "--role", "submitter", "--province", "P34:68");

        CliRun.Result token = cli.run("users", "token", "--username", "he-thong-tinh");
        CliRun.Result disabled = cli.run("users", "disable", "--username", "he-thong-tinh");
        CliRun.Result noToken = cli.run("users", "token", "--username", "he-thong-tinh");

        assertThat(token.exitCode()).as(token.err()).isZero();
        String issued = token.out().lines().filter(line -> line.startsWith("lk_")).findFirst().orElseThrow();
        JdbcClient jdbc = jdbc(database);
        assertThat(jdbc.sql("SELECT token_sha256 FROM portal_api_token").query(String.class).single()).doesNotContain(issued);
        assertThat(disabled.exitCode()).isZero();
        assertThat(noToken.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);

        CliRun.Result enabled = cli.run("users", "enable", "--username", "he-thong-tinh");
        CliRun.Result enabledAgain = cli.run("users", "enable", "--username", "he-thong-tinh");
        assertThat(enabled.exitCode()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("Đã kích hoạt lại tài khoản he-thong-tinh; các mã truy cập API cũ vẫn không dùng được.");
        assertThat(jdbc.sql("SELECT count(*) FROM portal_api_token").query(Long.class).single())
                .as("the token issued before it was disabled stays void").isZero();
        assertThat(enabledAgain.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE details->>'username' = 'he-thong-tinh' ORDER BY audit_id")
                .query(String.class).list()).containsExactly("user-added", "token-issued", "user-disabled", "user-enabled");
    }

    @Test
    void aScopeIsChangedInPlaceWithTheRulesOfANewAccount() {
        TestPostgres.Database database = TestPostgres.shared().createDatabase("users_change_scope");
        CliRun cli = new CliRun(database, work);
        typed("mat-khau-rat-dai-2026\n");
        cli.run("users", "add", "--username", "so-ct-lamdong", "--role", "submitter", "--province", "P34:68");
        typed("mat-khau-rat-dai-2026\n");
        cli.run("users", "add", "--username", "lanh-dao", "--role", "leader", "--programme", "HCMC_TN");

        CliRun.Result province = cli.run("users", "scope", "--username", "so-ct-lamdong", "--province", "P34:56");
        CliRun.Result same = cli.run("users", "scope", "--username", "so-ct-lamdong", "--province", "P34:56");
        CliRun.Result oldEra = cli.run("users", "scope", "--username", "so-ct-lamdong", "--province", "P63:68");
        CliRun.Result nothing = cli.run("users", "scope", "--username", "so-ct-lamdong");
        CliRun.Result leader = cli.run("users", "scope", "--username", "lanh-dao", "--programme", "HCMC_DHTB", "--provinces", "P34:66");
        CliRun.Result listed = cli.run("users", "list");

        assertThat(province.exitCode()).as(province.err()).isZero();
        assertThat(province.out()).contains("Đã đổi phạm vi của so-ct-lamdong: P34:68 → P34:56.");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("Phạm vi của so-ct-lamdong vẫn như cũ: P34:56.");
        assertThat(oldEra.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(oldEra.err()).contains("Tỉnh P63:68 không thuộc thời kỳ hiện hành (P34)");
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(nothing.err()).contains("--province");
        assertThat(leader.exitCode()).as(leader.err()).isZero();
        assertThat(leader.out()).contains("HCMC_TN → HCMC_DHTB, P34:66");
        assertThat(listed.out().lines().filter(line -> line.contains("so-ct-lamdong")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("P34:56").doesNotContain("P34:68"));
        assertThat(jdbc(database).sql("""
                        SELECT details ->> 'before', details ->> 'after', details ->> 'by' FROM audit_log
                         WHERE action = 'user-scope-changed' AND details ->> 'username' = 'so-ct-lamdong'""")
                .query((row, n) -> row.getString(1) + " → " + row.getString(2) + " by " + row.getString(3)).list())
                .containsExactly("P34:68 → P34:56 by " + System.getProperty("user.name"));
    }

    private static void typed(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JdbcClient jdbc(TestPostgres.Database database) {
        return JdbcClient.create(database.dataSource());
    }
}
