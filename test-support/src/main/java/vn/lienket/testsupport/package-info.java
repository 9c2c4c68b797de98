/**
 * Test infrastructure shared by every module: the single PostgreSQL bootstrap
 * ({@link vn.lienket.testsupport.TestPostgres}), its Spring hook, and the one reset of a migrated
 * warehouse between tests ({@link vn.lienket.testsupport.WarehouseReset}).
 */
package vn.lienket.testsupport;
