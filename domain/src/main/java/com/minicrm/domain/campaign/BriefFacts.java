package com.minicrm.domain.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The facts a message brief states (numbers, percentages, amounts, codes, dates), which every
 * message written from it must repeat unchanged. Two spellings of one value are the same fact
 * (₹1,500, Rs 1500 and 1.5k; 31 Dec and December 31), a different value is not.
 */
public record BriefFacts(List<Stated> stated) {
    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String NUM = "\\d+(?:,\\d+)*(?:\\.\\d+)?";
    private static final String SCALE = "(?i:k|lakhs?|lacs?|crores?|cr)";
    private static final Pattern FACT = Pattern.compile(String.join("|",
            "(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)",
            "(?<dmy>\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b)",
            "(?<dayMonth>\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+\\d{4}\\b)?)",
            "(?<monthDay>\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?)",
            "(?<money>(?:₹|\\b(?i:rs)\\.?|\\bINR)\\s?" + NUM + "(?:\\s?(?:" + SCALE + "|L)\\b)?)",
            "(?<scaled>\\b" + NUM + "\\s?(?:" + SCALE + "\\b|(?i:rupees)\\b))",
            "(?<percent>\\b\\d+(?:\\.\\d+)?\\s?(?:%|(?i:percent|per\\s?cent)\\b))",
            "(?<named>(?<=\\b(?i:code|coupon|promo)[\\s:]{1,3})[A-Z0-9]{3,20}\\b)",
            "(?<code>\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,20}\\b)",
            "(?<number>\\b" + NUM + "\\b)"));
    private static final Pattern DIGITS = Pattern.compile(NUM);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** A message stating another value of these kinds contradicts the brief: a second discount, another code. */
    private static final Set<Kind> EXCLUSIVE = EnumSet.of(Kind.PERCENT, Kind.AMOUNT, Kind.CODE);

    public BriefFacts {
        stated = List.copyOf(stated);
    }

    /** What kind of value a fact is. */
    public enum Kind { NUMBER, PERCENT, AMOUNT, CODE, DATE }

    /**
     * One fact as the text wrote it, where it wrote it, and its value in one spelling ({@code 15%},
     * {@code ₹1500}, {@code 2025-12-31} or {@code --12-31} when the year is not given).
     */
    public record Stated(Kind kind, String text, String value, int start, int end) {
        public Stated {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The facts of a brief, in the order it states them. */
    public static BriefFacts of(String text) {
        List<Stated> found = new ArrayList<>();
        if (text == null) {
            return new BriefFacts(found);
        }
        Matcher m = FACT.matcher(text);
        while (m.find()) {
            stated(m).ifPresent(found::add);
        }
        return new BriefFacts(found);
    }

    public boolean isEmpty() {
        return stated.isEmpty();
    }

    /**
     * Why {@code message} does not keep this brief's facts: a fact it leaves out or writes differently,
     * or another percentage, amount or code where the brief gave one. Empty means it keeps them all.
     */
    public List<String> brokenBy(String message) {
        List<Stated> written = of(message).stated;
        Set<String> writtenValues = written.stream().map(BriefFacts::identity).collect(Collectors.toSet());
        Set<String> briefValues = stated.stream().map(BriefFacts::identity).collect(Collectors.toSet());
        Set<Kind> briefKinds = stated.stream().map(Stated::kind).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        stated.stream().filter(f -> !writtenValues.contains(identity(f))).map(f -> "leaves out " + f.text())
                .distinct().forEach(problems::add);
        written.stream().filter(f -> EXCLUSIVE.contains(f.kind()) && briefKinds.contains(f.kind()))
                .filter(f -> !briefValues.contains(identity(f))).map(f -> "states " + f.text() + ", which the brief does not")
                .distinct().forEach(problems::add);
        return problems;
    }

    public boolean keptBy(String message) {
        return brokenBy(message).isEmpty();
    }

    private static String identity(Stated fact) {
        return fact.kind() + ":" + fact.value();
    }

    private static Optional<Stated> stated(Matcher m) {
        String text = m.group();
        Kind kind;
        String value;
        if (m.group("iso") != null) {
            kind = Kind.DATE;
            value = text;
        } else if (m.group("dmy") != null) {
            String[] p = text.split("/");
            kind = Kind.DATE;
            value = date(p.length > 2 ? p[2] : null, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } else if (m.group("dayMonth") != null || m.group("monthDay") != null) {
            kind = Kind.DATE;
            value = wordDate(text);
        } else if (m.group("money") != null || m.group("scaled") != null) {
            kind = Kind.AMOUNT;
            value = "₹" + amount(text).toPlainString();
        } else if (m.group("percent") != null) {
            kind = Kind.PERCENT;
            value = plain(firstNumber(text)) + "%";
        } else if (m.group("named") != null || m.group("code") != null) {
            kind = Kind.CODE;
            value = text;
        } else {
            kind = Kind.NUMBER;
            value = plain(firstNumber(text));
        }
        return value == null ? Optional.empty() : Optional.of(new Stated(kind, text.strip(), value, m.start(), m.end()));
    }

    private static String wordDate(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher month = Pattern.compile(MONTH).matcher(lower);
        month.find();
        Matcher numbers = Pattern.compile("\\d+").matcher(lower);
        numbers.find();
        int day = Integer.parseInt(numbers.group());
        String year = numbers.find() ? numbers.group() : null;
        return date(year, MONTHS.get(month.group().substring(0, 3)), day);
    }

    private static String date(String year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String y = year == null ? "-" : year.length() == 2 ? "20" + year : year;
        return String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
    }

    private static BigDecimal amount(String text) {
        BigDecimal n = firstNumber(text);
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (lower.endsWith("k")) {
            n = n.multiply(BigDecimal.valueOf(1_000));
        } else if (lower.endsWith("lakh") || lower.endsWith("lakhs") || lower.endsWith("lac") || lower.endsWith("lacs")
                || lower.endsWith("l")) {
            n = n.multiply(BigDecimal.valueOf(100_000));
        } else if (lower.endsWith("cr") || lower.endsWith("crore") || lower.endsWith("crores")) {
            n = n.multiply(BigDecimal.valueOf(10_000_000));
        }
        return n.stripTrailingZeros();
    }

    private static BigDecimal firstNumber(String text) {
        Matcher m = DIGITS.matcher(text);
        m.find();
        return new BigDecimal(m.group().replace(",", ""));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
