/**
 * Which PostgreSQL the warehouse lives in: the configured one, or the embedded default with its
 * persistent data directory; and the Liquibase migration of it.
 */
package vn.lienket.app.database;
