package com.minicrm.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignOutcomesTest {
    @Test
    void liftIsTheDifferenceOfRatesWithATwoProportionInterval() {
        CampaignOutcomes o = new CampaignOutcomes(List.of(new VariantOutcome(null, 1000, 900, 90, 100, new BigDecimal("12345.675"))),
                Optional.of(new HoldoutOutcome(100, 5)));
        Lift lift = o.lift().orElseThrow();
        double se = Math.sqrt(0.1 * 0.9 / 900 + 0.05 * 0.95 / 100);
        assertThat(lift.absolute()).isCloseTo(0.05, within(1e-12));
        assertThat(lift.relative()).isCloseTo(1.0, within(1e-12));
        assertThat(lift.ci95Low()).isCloseTo(0.05 - 1.959963984540054 * se, within(1e-12));
        assertThat(lift.ci95High()).isCloseTo(0.05 + 1.959963984540054 * se, within(1e-12));
        assertThat(o.revenue()).isEqualByComparingTo("12345.68");
        assertThat(o.revenuePerRecipient()).isEqualByComparingTo("13.72");
    }

    @Test
    void noHoldoutMeansNoLift() {
        assertThat(new CampaignOutcomes(List.of(new VariantOutcome(null, 10, 10, 1, 1, BigDecimal.TEN)), Optional.empty()).lift())
                .isEmpty();
    }

    @Test
    void aWinnerIsNamedOnlyWhenItsIntervalClearsTheOthers() {
        VariantOutcome strong = new VariantOutcome("A", 5000, 5000, 1000, 1000, BigDecimal.ONE);
        VariantOutcome weak = new VariantOutcome("B", 5000, 5000, 500, 500, BigDecimal.ONE);
        VariantOutcome close = new VariantOutcome("C", 5000, 5000, 980, 980, BigDecimal.ONE);
        assertThat(new CampaignOutcomes(List.of(strong, weak), Optional.empty()).winner()).contains("A");
        assertThat(new CampaignOutcomes(List.of(strong, weak, close), Optional.empty()).winner()).isEmpty();
    }
}
