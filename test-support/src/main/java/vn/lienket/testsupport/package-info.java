/**
 * Test infrastructure shared by every module: the single PostgreSQL bootstrap
 * ({@link vn.lienket.testsupport.TestPostgres}), its Spring hook, the one reset of a migrated
 * warehouse between tests ({@link vn.lienket.testsupport.WarehouseReset}), the intake's archive of a
 * run ({@link vn.lienket.testsupport.RunArchive}) and the one pinned date of every test
 * ({@link vn.lienket.testsupport.PinnedClock}).
 */
package vn.lienket.testsupport;
