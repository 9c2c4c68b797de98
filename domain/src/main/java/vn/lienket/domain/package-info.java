/**
 * Value types shared by every module: {@link vn.lienket.domain.Quarter} and
 * {@link vn.lienket.domain.ProvinceId}. No framework code lives here.
 */
package vn.lienket.domain;
