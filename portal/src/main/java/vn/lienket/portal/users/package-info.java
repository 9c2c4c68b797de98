/**
 * The portal's accounts kept in the warehouse: adding, listing and disabling users, their password
 * hashes (Spring Security's {@code DelegatingPasswordEncoder}, bcrypt), the failed-login counter and
 * lock, and personal API tokens (stored as their SHA-256 only). Nothing here needs the web server:
 * {@code lienket users} and the demo use it from the command line.
 */
package vn.lienket.portal.users;
