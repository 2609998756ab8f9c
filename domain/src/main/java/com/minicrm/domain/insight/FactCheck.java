package com.minicrm.domain.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a summary only repeats the facts: every number in the text must be a fact's value
 * (as written, or rounded to a whole number or one decimal, its sign included) or a number in a
 * fact's label, such as the ₹10,000 of "spend over ₹10,000". Amounts written as 10K or 1.5 lakh are
 * read as such. Delivery rates must all share one base; a percentage the text gives must come with
 * the word for its base ("finished", "recipients", "holdout").
 */
public final class FactCheck {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d\\p{L}])([-−])?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|K|lakh|L)?\\b");

    private FactCheck() {}

    /** Why {@code text} may not be shown as a summary of {@code facts}; empty means it may. */
    public static List<String> problems(String text, List<Fact> facts) {
        List<String> problems = new ArrayList<>();
        inventedNumbers(text, facts).forEach(n -> problems.add("states " + n + ", which is not a fact"));
        Set<Fact.Base> delivery = EnumSet.noneOf(Fact.Base.class);
        bases(facts).stream().filter(Fact.Base::isDelivery).forEach(delivery::add);
        if (delivery.size() > 1) {
            problems.add("compares rates computed on different bases: " + delivery);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Fact.Base base : bases(facts)) {
            if (base.isDelivery() && delivery.size() > 1) {
                continue;
            }
            List<Fact> rates = facts.stream().filter(f -> f.base() == base).toList();
            if (citesPercentage(text, rates) && !lower.contains(base.word())) {
                problems.add("gives a rate without saying it is a share of the " + base.noun());
            }
        }
        return problems;
    }

    /** The bases the rates among {@code facts} were computed on. */
    public static Set<Fact.Base> bases(List<Fact> facts) {
        Set<Fact.Base> bases = EnumSet.noneOf(Fact.Base.class);
        facts.stream().filter(Fact::isRate).map(Fact::base).forEach(bases::add);
        return bases;
    }

    /** The numbers in {@code text} that no fact accounts for; empty means the text may be shown. */
    public static List<String> inventedNumbers(String text, List<Fact> facts) {
        List<BigDecimal> allowed = new ArrayList<>();
        for (Fact fact : facts) {
            allowed.addAll(forms(fact));
            numbers(fact.label()).forEach(allowed::add);
        }
        List<String> invented = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal n = value(m);
            if (allowed.stream().noneMatch(a -> a.compareTo(n) == 0)) {
                invented.add(m.group().strip());
            }
        }
        return invented;
    }

    /** The ways a summary may write a fact's value: as computed, whole, or to one decimal. */
    private static List<BigDecimal> forms(Fact fact) {
        return List.of(BigDecimal.valueOf(fact.value()), BigDecimal.valueOf(Math.round(fact.value())),
                BigDecimal.valueOf(Math.round(fact.value() * 10) / 10.0));
    }

    /** Whether the text gives one of these rates followed by a % sign. */
    private static boolean citesPercentage(String text, List<Fact> rates) {
        List<BigDecimal> values = rates.stream().flatMap(f -> forms(f).stream()).toList();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal n = value(m);
            if (text.substring(m.end()).stripLeading().startsWith("%") && values.stream().anyMatch(v -> v.compareTo(n) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(value(m));
        }
        return found;
    }

    private static BigDecimal value(Matcher m) {
        BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
        if (m.group(1) != null) {
            n = n.negate();
        }
        String unit = m.group(3);
        if (unit == null) {
            return n;
        }
        return n.multiply(unit.equalsIgnoreCase("k") ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(100_000));
    }
}
