/**
 * The installation home: the one directory whose {@code data/} (embedded warehouse, archive, inbox,
 * scorecards, logs) and {@code config/} every command uses, whatever the working directory.
 */
package vn.lienket.app.home;
