package com.minicrm.adapter.out.llm.local;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads calendar dates: "1 January 2025", "Jan 1, 2025", "2025-01-01", "1/1/2025" (day first), "March 2024", "in 2024", "Q4 2024". */
final class DateReader {
    /** A date mention covering the days {@code first} to {@code last}. */
    record DateMention(int start, int end, LocalDate first, LocalDate last) {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Set<String> SPAN_JOINTS = Set.of("to", "through", "till", "until");
    private static final List<String> YEAR_CUES = List.of("after", "before", "since", "in", "until", "till", "during",
            "through", "predates", "starting", "outside", "sometime");

    private final List<String> t;

    DateReader(List<String> tokens) {
        this.t = tokens;
    }

    DateMention at(int i) {
        try {
            return read(i);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private DateMention read(int i) {
        String token = t.get(i);
        if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(token);
            return new DateMention(i, i + 1, d, d);
        }
        if (token.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}")) {
            String[] p = token.split("/");
            int year = Integer.parseInt(p[2]);
            LocalDate d = LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            return new DateMention(i, i + 1, d, d);
        }
        if (token.equals("q") && word(i + 1).matches("[1-4]") && isYear(word(i + 2))) {
            return quarter(i, Integer.parseInt(word(i + 1)), Integer.parseInt(word(i + 2)));
        }
        int afterDay = i + 1 + ordinal(i + 1);
        afterDay += "of".equals(word(afterDay)) ? 1 : 0;
        if (isDay(token) && MONTHS.containsKey(word(afterDay))) {
            int m = afterDay;
            int y = m + 1 + (",".equals(word(m + 1)) || "of".equals(word(m + 1)) ? 1 : 0);
            if (isYear(word(y))) {
                LocalDate d = LocalDate.of(Integer.parseInt(word(y)), MONTHS.get(t.get(m)), Integer.parseInt(token));
                return new DateMention(i, y + 1, d, d);
            }
            int later = rangeYear(m + 1);
            if (later > 0) {
                // "between 28 Oct and 3 Nov 2024": the first date takes the year written with the second
                LocalDate d = LocalDate.of(later, MONTHS.get(t.get(m)), Integer.parseInt(token));
                return new DateMention(i, m + 1, d, d);
            }
        }
        if (MONTHS.containsKey(token) && !(token.equals("may") && !isDay(word(i + 1)) && !isYear(word(i + 1)))) {
            int d = i + 1;
            if (isDay(word(d))) {
                int y = d + 1 + ordinal(d + 1) + (",".equals(word(d + 1 + ordinal(d + 1))) ? 1 : 0);
                if (isYear(word(y))) {
                    LocalDate date = LocalDate.of(Integer.parseInt(word(y)), MONTHS.get(token), Integer.parseInt(word(d)));
                    return new DateMention(i, y + 1, date, date);
                }
            }
            DateMention months = monthSpan(i);
            if (months != null) {
                return months;
            }
            if (isYear(word(i + 1))) {
                YearMonth month = YearMonth.of(Integer.parseInt(word(i + 1)), MONTHS.get(token));
                return new DateMention(i, i + 2, month.atDay(1), month.atEndOfMonth());
            }
        }
        if (isYear(token) && i > 0 && YEAR_CUES.contains(t.get(i - 1))
                && !(i + 1 < t.size() && ((t.get(i + 1).equals("to") || t.get(i + 1).equals("and")) && i + 2 < t.size() && Phrases.isNumber(t.get(i + 2)) || Lexicon.CURRENCY.contains(t.get(i + 1)) || Lexicon.COUNT_NOUNS.contains(t.get(i + 1))
                        || Lexicon.TIME_UNITS.containsKey(t.get(i + 1)) || Lexicon.MULTIPLIERS.containsKey(t.get(i + 1))))) {
            int year = Integer.parseInt(token);
            return new DateMention(i, i + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    /** "Q4 2024", and the "(Oct–Dec)" that only restates its months. */
    private DateMention quarter(int i, int q, int year) {
        YearMonth first = YearMonth.of(year, 3 * q - 2);
        YearMonth last = YearMonth.of(year, 3 * q);
        int end = i + 3;
        if (MONTHS.getOrDefault(word(end), 0) == first.getMonthValue() && MONTHS.getOrDefault(word(end + 1), 0) == last.getMonthValue()) {
            end += 2;
        }
        return new DateMention(i, end, first.atDay(1), last.atEndOfMonth());
    }

    /** "Oct to Dec 2025"; after "from" or "between" the cue reads the two ends itself. */
    private DateMention monthSpan(int i) {
        String joint = word(i + 1);
        if (!SPAN_JOINTS.contains(joint) || !MONTHS.containsKey(word(i + 2)) || !isYear(word(i + 3))
                || Set.of("from", "between").contains(word(i - 1))) {
            return null;
        }
        int from = MONTHS.get(t.get(i));
        int to = MONTHS.get(word(i + 2));
        if (from >= to) {
            return null;
        }
        int year = Integer.parseInt(word(i + 3));
        return new DateMention(i, i + 4, YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth());
    }

    /** The year of "and|to <day> <month> <year>" right after a date written without one, or 0. */
    private int rangeYear(int at) {
        if (!Set.of("and", "to").contains(word(at)) || !isDay(word(at + 1)) || !MONTHS.containsKey(word(at + 2))) {
            return 0;
        }
        return isYear(word(at + 3)) ? Integer.parseInt(word(at + 3)) : 0;
    }

    private int ordinal(int i) {
        String w = word(i);
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th") ? 1 : 0;
    }

    private String word(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : "";
    }

    private static boolean isDay(String token) {
        return token.matches("\\d{1,2}") && Integer.parseInt(token) >= 1 && Integer.parseInt(token) <= 31;
    }

    private static boolean isYear(String token) {
        return token.matches("\\d{4}") && Integer.parseInt(token) >= 1900 && Integer.parseInt(token) <= 2100;
    }
}
