/**
 * The {@code lienket} command line (picocli): entry point, exit codes, messages and the
 * sub-commands. Commands are thin: they parse, call a feature's service, and print.
 */
package vn.lienket.app.cli;
