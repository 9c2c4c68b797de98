package vn.lienket.distribution;

import org.junit.jupiter.api.Test;
import vn.lienket.domain.ProvinceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionListTest {

    @Test
    void parsesProgrammeAndProvinceLists() {
        assertThat(DistributionList.parse("programme:hcmc_tn")).isEqualTo(new DistributionList.Programme("HCMC_TN"));
        assertThat(DistributionList.parse(" province:P34:68 ")).isEqualTo(new DistributionList.Province(new ProvinceId("P34", "68")));
        assertThat(DistributionList.parse("province:P34:68")).hasToString("province:P34:68");
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> DistributionList.parse("lam-dong")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("programme:HCMC_TN");
        assertThatThrownBy(() -> DistributionList.parse("province:68")).isInstanceOf(IllegalArgumentException.class);
    }
}
