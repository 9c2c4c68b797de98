/** The Boot application of Liên kết; features live in sub-packages and in the other modules. */
package vn.lienket.app;
