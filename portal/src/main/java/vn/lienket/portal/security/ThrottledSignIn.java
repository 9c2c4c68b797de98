package vn.lienket.portal.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.lienket.portal.PortalProperties;
import vn.lienket.portal.access.PortalUser;
import vn.lienket.portal.users.PortalUsers;

/**
 * Password sign-in (form and HTTP Basic) against the accounts in the warehouse, with throttling:
 * {@code lienket.portal.login.max-failures} consecutive failures lock the account for
 * {@code lienket.portal.login.lock-for}, during which even the right password is refused. Spring
 * Security's {@link DaoAuthenticationProvider} does the checking (including its protection against
 * timing unknown names); this class counts, locks, audits, and makes the principal the
 * {@link PortalUser} every controller receives.
 */
class ThrottledSignIn extends DaoAuthenticationProvider {

    private final PortalUsers users;
    private final SignInAudit audit;
    private final PortalProperties.Login limits;
    private final Clock clock;
    private final String channel;

    ThrottledSignIn(UserDetailsService accounts, PortalUsers users, PasswordEncoder encoder, SignInAudit audit,
                    PortalProperties.Login limits, Clock clock, String channel) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.users = users;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        try {
            Authentication result = super.authenticate(authentication);
            users.recordSuccessfulLogin(username);
            audit.succeeded(username, channel);
            return result;
        } catch (BadCredentialsException e) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            audit.failed(username, channel, "bad-credentials");
            if (users.recordFailedLogin(username, now, limits.maxFailures(), limits.lockFor())) {
                audit.locked(username, channel, now.plus(limits.lockFor()));
            }
            throw e;
        } catch (LockedException e) {
            audit.failed(username, channel, "locked");
            throw e;
        } catch (DisabledException e) {
            audit.failed(username, channel, "disabled");
            throw e;
        }
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                         UserDetails user) {
        return super.createSuccessAuthentication(((AccountDetails) user).portalUser(), authentication, user);
    }
}
