/** {@code lienket demo}: realistic submissions for two programmes across the 2025 merger, loaded like real ones. */
package vn.lienket.app.demo;
