/**
 * Writing files that must survive a crash whole or not at all: the submission archive and the
 * scorecard directory both write a temporary file, force it, rename it into place and force the
 * directory ({@link vn.lienket.storage.DurableFiles}).
 */
package vn.lienket.storage;
