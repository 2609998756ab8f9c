package com.minicrm.domain.segment;

import com.minicrm.domain.customer.Amounts;
import com.minicrm.domain.customer.CustomerTags;
import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one raw JSON operand into the value class of a field type, or records why it cannot.
 * Numbers may arrive as JSON numbers or numeric strings, because rule-builder UIs send strings.
 */
final class Operands {
    static final int MAX_TEXT = 200;
    static final long MAX_DAYS = 36_500;
    static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    // One day short of DATETIME's maximum, because "on or before d" compiles to "before d + 1 day".
    static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 30);

    private Operands() {}

    static Optional<Object> parse(FieldType type, Object raw, String path, Violations violations) {
        return switch (type) {
            case MONEY -> money(raw, path, violations);
            case COUNT -> whole(raw, Integer.MAX_VALUE, path, violations);
            case DAYS -> whole(raw, MAX_DAYS, path, violations);
            case DATE -> date(raw, path, violations);
            case TEXT -> text(raw, MAX_TEXT, path, violations).map(Object.class::cast);
            case TAGS -> text(raw, 40, path, violations).map(CustomerTags::normalise);
        };
    }

    private static Optional<Object> money(Object raw, String path, Violations violations) {
        Optional<BigDecimal> number = number(raw, path, violations);
        number.ifPresent(n -> Amounts.validate(path, n, violations));
        return number.filter(n -> n.signum() >= 0 && n.compareTo(Amounts.MAX) <= 0
                        && n.stripTrailingZeros().scale() <= 2)
                .map(Object.class::cast);
    }

    private static Optional<Object> whole(Object raw, long max, String path, Violations violations) {
        Optional<BigDecimal> number = number(raw, path, violations);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = number.get();
        if (n.stripTrailingZeros().scale() > 0 || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(path, "must be a whole number from 0 to " + max);
            return Optional.empty();
        }
        return Optional.of(n.longValueExact());
    }

    private static Optional<BigDecimal> number(Object raw, String path, Violations violations) {
        try {
            if (raw instanceof BigDecimal d) {
                return Optional.of(d);
            }
            if (raw instanceof Double || raw instanceof Float) {
                return Optional.of(new BigDecimal(raw.toString()));
            }
            if (raw instanceof Number n) {
                return Optional.of(new BigDecimal(n.toString()));
            }
            if (raw instanceof String s && !s.isBlank() && s.strip().length() <= 32) {
                return Optional.of(new BigDecimal(s.strip()));
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below: the text was not a number
        }
        violations.add(path, "must be a number");
        return Optional.empty();
    }

    /**
     * A calendar date, given as {@code yyyy-mm-dd} or as an ISO-8601 instant with an offset (what the
     * ingestion API asks for). An instant stands for its UTC calendar day, because date fields are
     * day-granular UTC dates: {@code =} then still means "on that day" and {@code between} stays
     * inclusive of whole days, and the SQL and the evaluator keep comparing the same day.
     */
    private static Optional<Object> date(Object raw, String path, Violations violations) {
        Optional<LocalDate> parsed = raw instanceof String s ? day(s.strip()) : Optional.empty();
        if (parsed.isEmpty()) {
            violations.add(path, "must be an ISO date (yyyy-mm-dd) or an ISO-8601 instant with an offset"
                    + " (2025-01-01T00:00:00Z)");
            return Optional.empty();
        }
        LocalDate date = parsed.get();
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            violations.add(path, "must be between " + MIN_DATE + " and " + MAX_DATE);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(text.indexOf('T') < 0 && text.indexOf('t') < 0
                    ? LocalDate.parse(text)
                    : LocalDate.ofInstant(OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant(), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // a local date-time without an offset lands here too: it names no single day in UTC
            return Optional.empty();
        }
    }

    private static Optional<String> text(Object raw, int max, String path, Violations violations) {
        if (!(raw instanceof String s)) {
            violations.add(path, "must be text");
            return Optional.empty();
        }
        if (s.isBlank()) {
            violations.add(path, "must not be blank");
            return Optional.empty();
        }
        return violations.maxLength(path, s, max) ? Optional.of(s) : Optional.empty();
    }
}
