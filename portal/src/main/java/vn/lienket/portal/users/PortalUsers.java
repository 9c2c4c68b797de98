package vn.lienket.portal.users;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Sha256;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.portal.access.PortalRole;
import vn.lienket.portal.access.PortalUser;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The portal's accounts in the warehouse, for {@code lienket users}, the demo, the tests and sign-in.
 * A submitter's province must exist in its era ({@code dim_province}), a leader's programmes in
 * {@code dim_programme}; passwords are only ever stored hashed, tokens only as their SHA-256. Adding,
 * disabling, issuing tokens and changing a scope are audited by the warehouse's triggers (changesets
 * 0.3.0-portal-audit, 0.3.0-portal-user-scope-audit).
 */
@Service
public class PortalUsers {

    /** Shorter passwords are refused: a bcrypt hash does not make "123456" safe. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String TOKEN_PREFIX = "lk_";
    /** As the warehouse's check constraint ck_portal_user_username says. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditLog audit;

    public PortalUsers(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates the account with the password its owner chose (read from standard input or the environment). */
    @Transactional
    public UserAccount add(NewUser user, CharSequence password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserRefusedException("users.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        String username = normalised(user.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new UserRefusedException("users.usernameInvalid", user.username());
        }
        if (find(username).isPresent()) {
            throw new UserRefusedException("users.exists", username);
        }
        Integer provinceKey = scopeProvince(user).orElse(null);
        List<Integer> programmeKeys = user.programmes().stream().map(this::programmeKey).toList();
        List<Integer> provinceKeys = user.provinces().stream().map(this::provinceKey).toList();
        long id = jdbc.sql("""
                        INSERT INTO portal_user (username, role, province_key, password_hash)
                        VALUES (:username, :role, :province, :hash) RETURNING user_id""")
                .param("username", username)
                .param("role", user.role().code())
                .param("province", provinceKey)
                .param("hash", encoder.encode(password))
                .query(Long.class).single();
        programmeKeys.forEach(key -> jdbc.sql("INSERT INTO portal_user_programme (user_id, programme_key) VALUES (?, ?)")
                .params(id, key).update());
        provinceKeys.forEach(key -> jdbc.sql("INSERT INTO portal_user_province (user_id, province_key) VALUES (?, ?)")
                .params(id, key).update());
        return find(username).orElseThrow();
    }

    /** Creates the account with a random password, returned once (the demo prints it; tests sign in with it). */
    public CreatedUser addWithRandomPassword(NewUser user) {
        String password = randomSecret(18);
        return new CreatedUser(add(user, password), password);
    }

    /** An account just created and the password it was given. */
    public record CreatedUser(UserAccount account, String password) {
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.username = ?")
                .param(normalised(username))
                .query(this::account).optional();
    }

    public List<UserAccount> list() {
        return jdbc.sql(SELECT_ACCOUNT + " ORDER BY u.role, u.username").query(this::account).list();
    }

    /** Disables the account: no sign-in, no token. Returns false when there is no such (enabled) account. */
    public boolean disable(String username) {
        return jdbc.sql("UPDATE portal_user SET enabled = false WHERE username = ? AND enabled")
                .param(normalised(username)).update() == 1;
    }

    /**
     * Gives an account another scope, whole: a submitter another province (of the era in force today: a submitter
     * sends today's workbooks), a leader other programmes and provinces (together, at least one). The account keeps
     * its name, password, tokens and history; its sessions and tokens see the new scope from their next request, as
     * the portal reads the account on every request. Each change is in the audit log ({@code user-scope-changed}, by
     * trigger) with {@code by}.
     *
     * @param by who changes it: the operator's portal account or the operating-system user of the command line
     * @throws UserRefusedException {@code users.scope.unknown}, {@code users.scope.noScope} (auditor, operator),
     *                              {@code users.submitterNeedsProvince}, {@code users.scope.provinceOnly},
     *                              {@code users.provinceUnknown}, {@code users.scope.provinceNotCurrent},
     *                              {@code users.provinceOnlyForSubmitter}, {@code users.scope.leaderEmpty},
     *                              {@code users.programmeUnknown}
     */
    @Transactional
    public ScopeChange changeScope(String username, AccountScope scope, String by) {
        UserAccount before = find(username).orElseThrow(() -> new UserRefusedException("users.scope.unknown", username));
        PortalRole role = before.user().role();
        audit.actAs(by);
        switch (role) {
            case SUBMITTER -> {
                ProvinceId province = scope.province().orElseThrow(() -> new UserRefusedException("users.submitterNeedsProvince"));
                if (!scope.programmes().isEmpty() || !scope.provinces().isEmpty()) {
                    throw new UserRefusedException("users.scope.provinceOnly");
                }
                int key = provinceKey(province);
                Era today = Era.on(LocalDate.now(clock), new WarehouseProvinceDirectory(jdbc).eras());
                if (!today.code().equals(province.era())) {
                    throw new UserRefusedException("users.scope.provinceNotCurrent", province, today.code());
                }
                jdbc.sql("UPDATE portal_user SET province_key = ? WHERE user_id = ? AND province_key IS DISTINCT FROM ?")
                        .params(key, before.id(), key).update();
            }
            case LEADER -> {
                if (scope.province().isPresent()) {
                    throw new UserRefusedException("users.provinceOnlyForSubmitter", role.code());
                }
                if (scope.programmes().isEmpty() && scope.provinces().isEmpty()) {
                    throw new UserRefusedException("users.scope.leaderEmpty");
                }
                Set<Integer> programmes = new TreeSet<>(scope.programmes().stream().map(this::programmeKey).toList());
                Set<Integer> provinces = new TreeSet<>(scope.provinces().stream().map(this::provinceKey).toList());
                replaceRows("portal_user_programme", "programme_key", before.id(), programmes);
                replaceRows("portal_user_province", "province_key", before.id(), provinces);
            }
            default -> throw new UserRefusedException("users.scope.noScope", role.code());
        }
        return new ScopeChange(before, find(username).orElseThrow());
    }

    /** Makes the account's rows of a scope table exactly {@code keys}: removes the others, adds the missing ones. */
    private void replaceRows(String table, String column, long userId, Set<Integer> keys) {
        List<Integer> held = jdbc.sql("SELECT " + column + " FROM " + table + " WHERE user_id = ?")
                .param(userId).query(Integer.class).list();
        held.stream().filter(key -> !keys.contains(key)).forEach(key ->
                jdbc.sql("DELETE FROM " + table + " WHERE user_id = ? AND " + column + " = ?").params(userId, key).update());
        keys.stream().filter(key -> !held.contains(key)).forEach(key ->
                jdbc.sql("INSERT INTO " + table + " (user_id, " + column + ") VALUES (?, ?)").params(userId, key).update());
    }

    /**
     * The owner of an enabled account changes its password: the current one must match, the new one follows the rule
     * of a new account's and differs from the current one.
     *
     * @throws UserRefusedException {@code users.passwordWrong}, {@code users.passwordTooShort}, {@code users.passwordUnchanged}
     */
    public void changePassword(String username, CharSequence current, CharSequence replacement) {
        UserAccount account = find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new UserRefusedException("users.unknown", username));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new UserRefusedException("users.passwordWrong");
        }
        if (replacement == null || replacement.length() < MIN_PASSWORD_LENGTH) {
            throw new UserRefusedException("users.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        if (replacement.toString().contentEquals(current)) {
            throw new UserRefusedException("users.passwordUnchanged");
        }
        jdbc.sql("UPDATE portal_user SET password_hash = ? WHERE user_id = ?")
                .params(encoder.encode(replacement), account.id()).update();
    }

    /**
     * Enables a disabled account again, with a fresh count of failed sign-ins. The tokens issued before it was
     * disabled stay void (they are deleted): the person asks for a new one. Returns false when there is no such
     * disabled account.
     */
    @Transactional
    public boolean enable(String username) {
        String name = normalised(username);
        boolean enabled = jdbc.sql("UPDATE portal_user SET enabled = true, failed_logins = 0, locked_until = NULL WHERE username = ? AND NOT enabled")
                .param(name).update() == 1;
        if (enabled) {
            jdbc.sql("DELETE FROM portal_api_token WHERE user_id = (SELECT user_id FROM portal_user WHERE username = ?)")
                    .param(name).update();
        }
        return enabled;
    }

    /**
     * Issues a new personal API token ({@code Authorization: Bearer <token>}) for an enabled account.
     * Only its SHA-256 is stored: the returned text is the only copy.
     */
    public String issueToken(String username) {
        UserAccount account = find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new UserRefusedException("users.unknown", username));
        String token = TOKEN_PREFIX + randomSecret(32);
        jdbc.sql("INSERT INTO portal_api_token (user_id, token_sha256) VALUES (?, ?)")
                .params(account.id(), tokenHash(token)).update();
        return token;
    }

    /** The enabled account a presented token belongs to. */
    public Optional<UserAccount> findByToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_ACCOUNT + " JOIN portal_api_token t ON t.user_id = u.user_id WHERE t.token_sha256 = ?")
                .param(tokenHash(token))
                .query(this::account).optional()
                .filter(UserAccount::enabled);
    }

    /**
     * Counts a failed sign-in; at {@code maxFailures} consecutive failures the account is locked until
     * {@code now + lockFor}. Returns true when this failure locked it.
     */
    public boolean recordFailedLogin(String username, OffsetDateTime now, int maxFailures, Duration lockFor) {
        return jdbc.sql("""
                        UPDATE portal_user
                           SET failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
                               locked_until = CASE WHEN failed_logins + 1 >= :max THEN CAST(:until AS TIMESTAMPTZ) ELSE locked_until END
                         WHERE username = :username
                        RETURNING locked_until = CAST(:until AS TIMESTAMPTZ)""")
                .param("max", maxFailures)
                .param("until", now.plus(lockFor))
                .param("username", normalised(username))
                .query(Boolean.class).optional().orElse(false);
    }

    /** A successful sign-in starts the count of failures again. */
    public void recordSuccessfulLogin(String username) {
        jdbc.sql("UPDATE portal_user SET failed_logins = 0 WHERE username = ? AND failed_logins <> 0")
                .param(normalised(username)).update();
    }

    private Optional<Integer> scopeProvince(NewUser user) {
        if (user.role() == PortalRole.SUBMITTER) {
            ProvinceId province = user.province().orElseThrow(() -> new UserRefusedException("users.submitterNeedsProvince"));
            return Optional.of(provinceKey(province));
        }
        if (user.province().isPresent()) {
            throw new UserRefusedException("users.provinceOnlyForSubmitter", user.role().code());
        }
        return Optional.empty();
    }

    private int provinceKey(ProvinceId province) {
        return jdbc.sql("SELECT province_key FROM dim_province WHERE era_code = ? AND code = ?")
                .params(province.era(), province.code())
                .query(Integer.class).optional()
                .orElseThrow(() -> new UserRefusedException("users.provinceUnknown", province));
    }

    private int programmeKey(String code) {
        return jdbc.sql("SELECT programme_key FROM dim_programme WHERE code = ?")
                .param(code.trim().toUpperCase(Locale.ROOT))
                .query(Integer.class).optional()
                .orElseThrow(() -> new UserRefusedException("users.programmeUnknown", code));
    }

    private static final String SELECT_ACCOUNT = """
            SELECT u.user_id, u.username, u.role, p.era_code, p.code, u.password_hash, u.enabled, u.failed_logins,
                   u.locked_until, u.created_at,
                   ARRAY(SELECT g.code FROM portal_user_programme up JOIN dim_programme g ON g.programme_key = up.programme_key
                          WHERE up.user_id = u.user_id) AS programmes,
                   ARRAY(SELECT v.era_code || ':' || v.code FROM portal_user_province uv
                           JOIN dim_province v ON v.province_key = uv.province_key WHERE uv.user_id = u.user_id) AS provinces
              FROM portal_user u
              LEFT JOIN dim_province p ON p.province_key = u.province_key""";

    private UserAccount account(ResultSet rs, int row) throws SQLException {
        String era = rs.getString("era_code");
        Optional<ProvinceId> province = era == null ? Optional.empty() : Optional.of(new ProvinceId(era, rs.getString("code")));
        Set<String> programmes = new TreeSet<>(List.of((String[]) rs.getArray("programmes").getArray()));
        Set<ProvinceId> provinces = new LinkedHashSet<>();
        for (String text : (String[]) rs.getArray("provinces").getArray()) {
            provinces.add(ProvinceId.parse(text));
        }
        PortalUser user = new PortalUser(rs.getString("username"), PortalRole.ofCode(rs.getString("role")), province,
                programmes, provinces);
        return new UserAccount(rs.getLong("user_id"), user, rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static String normalised(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String tokenHash(String token) {
        return Sha256.hexOf(token.getBytes(UTF_8));
    }

    private static String randomSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
