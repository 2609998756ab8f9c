package com.minicrm.adapter.out.llm.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels a campaign from what its rule selects and what its message says: inactive for 60+ days is
 * Win-back, 30–59 days Re-engagement, ₹10,000+ spend (or ₹2,000+ per order, or a vip tag) High
 * value, no or one order (or a recent signup) New customers, 5+ orders Loyalty, and sale or festival
 * words Festive/Offer. Negated groups are skipped: they say who is left out, not who is in.
 */
@ApplicationScoped
class LocalCampaignTagger implements CampaignTagger {
    static final String WIN_BACK = "Win-back";
    static final String RE_ENGAGEMENT = "Re-engagement";
    static final String HIGH_VALUE = "High value";
    static final String NEW_CUSTOMERS = "New customers";
    static final String LOYALTY = "Loyalty";
    static final String FESTIVE = "Festive/Offer";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<String> tags(String ruleJson, String message) {
        Set<String> tags = new LinkedHashSet<>();
        rule(ruleJson).ifPresent(rule -> conditions(rule, new ArrayList<>()).forEach(c -> tag(c, tags)));
        String intent = Intents.classify(message);
        if (Intents.WIN_BACK.equals(intent)) {
            tags.add(WIN_BACK);
        } else if (Intents.WELCOME.equals(intent)) {
            tags.add(NEW_CUSTOMERS);
        } else if (Intents.LOYALTY.equals(intent)) {
            tags.add(LOYALTY);
        }
        if (Intents.mentions(message, Intents.FESTIVE) || message.contains("%")) {
            tags.add(FESTIVE);
        }
        if (tags.contains(WIN_BACK)) {
            tags.remove(RE_ENGAGEMENT);
        }
        return List.copyOf(tags);
    }

    private static java.util.Optional<Rule> rule(String json) {
        try {
            return json == null ? java.util.Optional.empty() : java.util.Optional.of(RuleParser.parse(JSON.readValue(json, Object.class)));
        } catch (JsonProcessingException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<Condition> conditions(Rule rule, List<Condition> into) {
        rule.fold(group -> {
            if (!group.not()) {
                group.rules().forEach(r -> conditions(r, into));
            }
            return null;
        }, into::add);
        return into;
    }

    private static void tag(Condition c, Set<String> tags) {
        Operator op = c.operator();
        boolean atLeast = op == Operator.GREATER || op == Operator.GREATER_OR_EQUAL || op == Operator.BETWEEN || op == Operator.EQUAL;
        boolean atMost = op == Operator.LESS || op == Operator.LESS_OR_EQUAL || op == Operator.EQUAL;
        if (c.field() == Field.INACTIVE_DAYS && atLeast) {
            long days = (Long) c.single();
            tags.add(days >= 60 ? WIN_BACK : days >= 30 ? RE_ENGAGEMENT : null);
        } else if (c.field() == Field.TOTAL_SPEND && atLeast && ((BigDecimal) c.single()).compareTo(BigDecimal.valueOf(10_000)) >= 0
                || c.field() == Field.AVG_ORDER_VALUE && atLeast && ((BigDecimal) c.single()).compareTo(BigDecimal.valueOf(2_000)) >= 0
                || c.field() == Field.TAGS && op == Operator.CONTAINS && "vip".equals(c.single())) {
            tags.add(HIGH_VALUE);
        } else if (c.field() == Field.VISITS && atMost && !(op == Operator.EQUAL && (Long) c.single() > 1)
                && (Long) c.single() <= (op == Operator.LESS ? 2 : 1)) {
            tags.add(NEW_CUSTOMERS);
        } else if (c.field() == Field.VISITS && atLeast && op != Operator.EQUAL && (Long) c.single() >= 5) {
            tags.add(LOYALTY);
        } else if (c.field() == Field.SIGNUP_AT && (op == Operator.GREATER || op == Operator.GREATER_OR_EQUAL)) {
            tags.add(NEW_CUSTOMERS);
        }
        tags.remove(null);
    }
}
