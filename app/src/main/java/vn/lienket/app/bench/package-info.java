/** Benchmarks run from the command line, each against a reference measured in the same run. */
package vn.lienket.app.bench;
