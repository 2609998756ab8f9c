package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.Quantity.Kind;
import com.minicrm.domain.segment.Operator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads one quantity at a position: "₹1.5 lakh", "5K", "20 thousand rupees", "60+ days",
 * "3 or more orders", "twice", "a month", "between 5,000 and 20,000", "5k to 10k".
 */
final class QuantityReader {
    /** A thousand years: dates stay far inside what {@code LocalDate} and the database hold. */
    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(365_000);
    /** A thousand lakh crore rupees: any real spend or count is far below, and a long still holds it. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final List<String> t;

    QuantityReader(List<String> tokens) {
        this.t = tokens;
    }

    /** The quantity starting at {@code i}, or null. */
    Quantity at(int i) {
        Quantity first = single(i);
        if (first == null) {
            return null;
        }
        int j = first.end();
        int s = first.start();
        boolean between = s > 0 && (t.get(s - 1).equals("between") || t.get(s - 1).equals("from"));
        if (j < t.size() && (t.get(j).equals("to") || (between && t.get(j).equals("and")))) {
            Quantity second = single(j + 1 < t.size() && Lexicon.CURRENCY.contains(t.get(j + 1)) ? j + 2 : j + 1);
            if (second != null && second.operator() == null) {
                Kind kind = second.kind() != Kind.BARE ? second.kind() : first.kind();
                if (first.kind() == Kind.BARE || first.kind() == kind) {
                    BigDecimal lo = first.kind() == Kind.BARE && kind == Kind.DAYS ? first.value().multiply(unitOf(second)) : first.value();
                    int start = between ? s - 1 : s;
                    if (absurd(lo, kind)) {
                        return null;
                    }
                    return new Quantity(start, second.end(), kind, lo.min(second.value()), lo.max(second.value()), Operator.BETWEEN);
                }
            }
        }
        return first;
    }

    private BigDecimal unitOf(Quantity days) {
        String unit = t.get(days.end() - 1);
        Integer perUnit = Lexicon.TIME_UNITS.get(unit);
        return BigDecimal.valueOf(perUnit == null ? 1 : perUnit);
    }

    private Quantity single(int i) {
        if (i >= t.size()) {
            return null;
        }
        String token = t.get(i);
        BigDecimal value;
        int j = i + 1;
        Kind kind = Kind.BARE;
        if (token.startsWith(NumberLists.MARK)) {
            List<BigDecimal> values = NumberLists.values(token);
            boolean counted = j < t.size() && Lexicon.COUNT_NOUNS.contains(t.get(j));
            if (values.stream().anyMatch(v -> absurd(v, Kind.BARE))) {
                return null;
            }
            return new Quantity(i, counted ? j + 1 : j, counted ? Kind.COUNT : Kind.BARE, values.get(0), null, null, values);
        }
        if (token.matches("\\d+(?:\\.\\d+)?")) {
            value = new BigDecimal(token);
        } else if (Lexicon.NUMBER_WORDS.containsKey(token)) {
            value = BigDecimal.valueOf(Lexicon.NUMBER_WORDS.get(token));
            if (token.equals("couple") && j < t.size() && t.get(j).equals("of")) {
                j++;
            }
        } else if (token.equals("once") || token.equals("twice") || token.equals("thrice")) {
            long n = token.equals("once") ? 1 : token.equals("twice") ? 2 : 3;
            return new Quantity(i, i + 1, Kind.COUNT, BigDecimal.valueOf(n), null, null);
        } else if ((token.equals("a") || token.equals("an") || token.equals("last") || token.equals("past"))
                && j < t.size() && (Lexicon.TIME_UNITS.containsKey(t.get(j)) || (token.startsWith("a")
                        && Lexicon.MULTIPLIERS.containsKey(t.get(j)) && t.get(j).length() > 2))) {
            value = BigDecimal.ONE;
            if (!token.startsWith("a")) {
                i = i + 1;
            }
        } else {
            return null;
        }
        boolean currencyBefore = i > 0 && Lexicon.CURRENCY.contains(t.get(i - 1));
        if (j < t.size() && Lexicon.MULTIPLIERS.containsKey(t.get(j)) && (currencyBefore || !t.get(j).startsWith("m"))) {
            value = value.multiply(Lexicon.MULTIPLIERS.get(t.get(j)));
            kind = Kind.MONEY;
            j++;
        }
        if (currencyBefore) {
            kind = Kind.MONEY;
        }
        if (j < t.size() && Lexicon.CURRENCY.contains(t.get(j))) {
            kind = Kind.MONEY;
            j++;
        }
        Operator postfix = null;
        Map.Entry<List<String>, Operator> after = postfixAt(j);
        if (after != null) {
            postfix = after.getValue();
            j += after.getKey().size();
        }
        if (kind == Kind.BARE && j < t.size() && Lexicon.TIME_UNITS.containsKey(t.get(j))) {
            value = value.multiply(BigDecimal.valueOf(Lexicon.TIME_UNITS.get(t.get(j))));
            kind = Kind.DAYS;
            j++;
        } else if (kind == Kind.BARE && j < t.size() && Lexicon.COUNT_NOUNS.contains(t.get(j))) {
            kind = Kind.COUNT;
            j++;
        }
        if (postfix == null && kind != Kind.BARE) {
            after = postfixAt(j);
            if (after != null) {
                postfix = after.getValue();
                j += after.getKey().size();
            }
        }
        if (absurd(value, kind)) {
            // the number stays unexplained, so the text is refused with it listed instead of overflowing later
            return null;
        }
        return new Quantity(currencyBefore ? i - 1 : i, j, kind, value, null, postfix);
    }

    /** Beyond any customer's spend, orders or lifetime: "inactive for 9999999999999999999999 months". */
    static boolean absurd(BigDecimal value, Kind kind) {
        return value.compareTo(kind == Kind.DAYS ? MAX_DAYS : MAX_AMOUNT) > 0;
    }

    private Map.Entry<List<String>, Operator> postfixAt(int j) {
        for (Map.Entry<List<String>, Operator> entry : Lexicon.POSTFIX) {
            if (Phrases.matches(t, j, entry.getKey())) {
                boolean followedByComparison = j + entry.getKey().size() < t.size()
                        && (t.get(j + entry.getKey().size()).equals("than") || Phrases.isNumber(t.get(j + entry.getKey().size())));
                if (!followedByComparison) {
                    return entry;
                }
            }
        }
        return null;
    }
}
