/**
 * Spring Security for the portal: form login for the pages (CSRF, session fixation protection,
 * security headers), HTTP Basic and personal tokens for {@code /api/**} (stateless), sign-in
 * throttling with a lock after repeated failures, and every sign-in, failure, lock and refusal written
 * to the audit log. The authenticated principal is always a {@link vn.lienket.portal.access.PortalUser}.
 */
package vn.lienket.portal.security;
