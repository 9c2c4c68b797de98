/**
 * Test infrastructure shared by every module: the single PostgreSQL bootstrap
 * ({@link vn.lienket.testsupport.TestPostgres}) and its Spring hook.
 */
package vn.lienket.testsupport;
