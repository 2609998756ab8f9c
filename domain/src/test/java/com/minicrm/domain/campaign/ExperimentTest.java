package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    private static final Experiment AB_HOLDOUT = new Experiment(List.of(
            new Variant("A", MessageTemplate.parse("Hi {{first_name}}"), 70),
            new Variant("B", MessageTemplate.parse("Hello {{first_name}}"), 30)), 10, 120);

    @Test
    void theSameCampaignAndCustomerAlwaysGetTheSamePlace() {
        for (long customer = 1; customer < 2_000; customer++) {
            assertThat(AB_HOLDOUT.assign(42, customer)).isEqualTo(AB_HOLDOUT.assign(42, customer));
        }
    }

    @Test
    void sharesFollowTheHoldoutAndTheWeights() {
        Map<String, Integer> counts = new HashMap<>();
        int n = 100_000;
        for (long customer = 1; customer <= n; customer++) {
            Assignment a = AB_HOLDOUT.assign(7, customer);
            counts.merge(a.holdout() ? "holdout" : a.variantKey(), 1, Integer::sum);
        }
        assertThat(counts.get("holdout") / (double) n).isBetween(0.095, 0.105);
        assertThat(counts.get("A") / (double) (n - counts.get("holdout"))).isBetween(0.69, 0.71);
        assertThat(counts.get("B") / (double) (n - counts.get("holdout"))).isBetween(0.29, 0.31);
    }

    @Test
    void anotherCampaignSplitsTheSameCustomersDifferently() {
        long moved = java.util.stream.LongStream.rangeClosed(1, 1_000)
                .filter(c -> !AB_HOLDOUT.assign(1, c).equals(AB_HOLDOUT.assign(2, c))).count();
        assertThat(moved).isGreaterThan(300);
    }

    @Test
    void withoutVariantsOrHoldoutEveryoneGetsTheSingleTemplate() {
        assertThat(Experiment.none().assign(3, 99)).isEqualTo(Assignment.SINGLE);
    }

    @Test
    void weightsThatDoNotSumTo100AreRefused() {
        assertThatThrownBy(() -> new Experiment(List.of(
                new Variant("A", MessageTemplate.parse("x"), 50), new Variant("B", MessageTemplate.parse("y"), 40)), 0, 120))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
