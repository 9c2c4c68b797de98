/**
 * Test infrastructure shared by every module: the single PostgreSQL bootstrap
 * ({@link vn.lienket.testsupport.TestPostgres}) and its Spring hook, and the one pinned date of
 * every test ({@link vn.lienket.testsupport.PinnedClock}).
 */
package vn.lienket.testsupport;
