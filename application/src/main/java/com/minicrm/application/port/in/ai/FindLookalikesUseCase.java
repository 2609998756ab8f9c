package com.minicrm.application.port.in.ai;

import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Lookalike audience: the customers outside a seed nearest to it, ranked; described as a rule
 * (to save as a segment) only when a rule reproduces the ranked set well.
 */
public interface FindLookalikesUseCase {
    /** Throws {@code InvalidInputException} naming {@code rule} when the rule selects nobody. */
    Lookalikes find(Rule seed);

    /**
     * Lookalikes of the customers who bought after campaign {@code campaignId} (its converters), who
     * are themselves left out; always a ranked list. Throws {@code InvalidInputException} naming
     * {@code convertersOfCampaignId} when there is no such campaign or it has no conversions yet.
     */
    Lookalikes findLikeConverters(long campaignId);

    /**
     * {@code size} is how many customers the ranked set holds, {@code members} their ids nearest
     * first, {@code sample} the first few; {@code rule} is present only when {@code fit} says it
     * describes them ({@link Fit#describes()}).
     */
    record Lookalikes(long size, Optional<Rule> rule, Fit fit, String usage, List<String> reasons, List<Member> sample,
            List<Long> members, String engine) {
        public Lookalikes {
            reasons = List.copyOf(reasons);
            sample = List.copyOf(sample);
            members = List.copyOf(members);
            if (rule.isPresent() != fit.describes()) {
                throw new IllegalArgumentException("a rule is returned exactly when it describes the audience");
            }
            if (rule.isPresent() && size == 0) {
                throw new IllegalArgumentException("an empty audience has no rule to save");
            }
        }
    }

    /** One of the nearest customers, as the caller may show it. */
    record Member(String externalId, String name, String city, BigDecimal spend, int visits, BigDecimal avgOrderValue,
            long inactiveDays) {}

    /**
     * How well the best rule found matches the ranked set: {@code ruleSize} customers outside the
     * seed match it, {@code precision} of them are in the ranked set, which it covers to
     * {@code recall}; {@code jaccard} is the two sets' intersection over their union.
     */
    record Fit(long ruleSize, double jaccard, double precision, double recall, boolean describes) {
        public static final Fit NONE = new Fit(0, 0, 0, 0, false);

        public Fit {
            for (double share : new double[] {jaccard, precision, recall}) {
                if (share < 0 || share > 1) {
                    throw new IllegalArgumentException("overlap shares lie between 0 and 1");
                }
            }
        }
    }
}
