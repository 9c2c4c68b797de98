/**
 * Value types shared by every module: {@link vn.lienket.domain.Quarter} and
 * {@link vn.lienket.domain.ProvinceId}, and {@link vn.lienket.domain.Sha256}, the project's one hash.
 * No framework code lives here.
 */
package vn.lienket.domain;
