package vn.lienket.scorecard.data;

import java.util.Locale;
import java.util.Objects;
import vn.lienket.domain.ProvinceId;
import vn.lienket.scorecard.SubjectKind;

/** What a scorecard is asked for: a programme by its code ({@code HCMC_TN}) or a province by era and code. */
public sealed interface ScorecardSubject {

    SubjectKind kind();

    /** The code as the registry and file names carry it: {@code HCMC_TN} or {@code P34:68}. */
    String code();

    record Programme(String code) implements ScorecardSubject {
        public Programme {
            Objects.requireNonNull(code, "code");
            code = code.toUpperCase(Locale.ROOT);
        }

        @Override
        public SubjectKind kind() {
            return SubjectKind.PROGRAMME;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    record Province(ProvinceId province) implements ScorecardSubject {
        public Province {
            Objects.requireNonNull(province, "province");
        }

        @Override
        public SubjectKind kind() {
            return SubjectKind.PROVINCE;
        }

        @Override
        public String code() {
            return province.toString();
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
