package vn.lienket.intake;

import java.util.Objects;
import java.util.Optional;

import vn.lienket.domain.ProvinceId;

/**
 * Which province's workbook a door accepts: one province (its inbox folder, and the portal user's
 * province), any province (the command line, an auditor's replay, root-level inbox drops when the
 * operator allows them) or none (a root-level drop while they are off). The intake applies it to the
 * cover of the bytes it archived, so what is checked is what is loaded.
 */
public final class ProvinceScope {

    private static final String ANY_CODE = "*";
    private static final String NONE_CODE = "-";
    private static final ProvinceScope ANY = new ProvinceScope(ANY_CODE, Optional.empty());
    private static final ProvinceScope NONE = new ProvinceScope(NONE_CODE, Optional.empty());

    private final String code;
    private final Optional<ProvinceId> province;

    private ProvinceScope(String code, Optional<ProvinceId> province) {
        this.code = code;
        this.province = province;
    }

    public static ProvinceScope any() {
        return ANY;
    }

    public static ProvinceScope none() {
        return NONE;
    }

    public static ProvinceScope only(ProvinceId province) {
        return new ProvinceScope(province.toString(), Optional.of(province));
    }

    /** The scope a door's expected province stands for: that province only, or any when none is expected. */
    public static ProvinceScope of(Optional<ProvinceId> expectedProvince) {
        return expectedProvince.map(ProvinceScope::only).orElse(ANY);
    }

    /** The scope recorded in the registry as {@link #code()}. */
    public static ProvinceScope ofCode(String code) {
        return switch (code) {
            case ANY_CODE -> ANY;
            case NONE_CODE -> NONE;
            default -> only(ProvinceId.parse(code));
        };
    }

    /** {@code *}, {@code -} or the province, as the registry and the load job's parameters keep it. */
    public String code() {
        return code;
    }

    public Optional<ProvinceId> expectedProvince() {
        return province;
    }

    public boolean acceptsNobody() {
        return this == NONE;
    }

    public boolean admits(ProvinceId claimed) {
        return this == ANY || province.filter(claimed::equals).isPresent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProvinceScope scope && scope.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
