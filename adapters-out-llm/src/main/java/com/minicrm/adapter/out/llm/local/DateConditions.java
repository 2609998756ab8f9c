package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.ClauseReader.Role;
import com.minicrm.adapter.out.llm.local.DateReader.DateMention;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Operator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads calendar dates with their comparison and the date field they are about: "signed up on or
 * after 1 April 2025", "first order between X and Y", "2024 or later".
 */
final class DateConditions {
    private int contextAt = -1;

    private final ClauseReader clause;
    private final List<String> t;

    DateConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void dates() {
        DateReader reader = new DateReader(t);
        for (int i = 0; i < t.size(); i++) {
            DateMention date = reader.at(i);
            if (date == null || !clause.isFree(i)) {
                continue;
            }
            contextAt = -1;
            Field field = contextField();
            int end = date.end();
            LocalDate first = date.first();
            LocalDate last = date.last();
            String before = clause.word(date.start() - 1);
            String twoBefore = clause.word(date.start() - 2);
            int start = date.start();
            Operator op = null;
            // "after the 15th of January": the article sits between the cue and the date
            int cueEnd = clause.word(date.start() - 1).equals("the") && clause.isFree(date.start() - 1) ? date.start() - 1 : date.start();
            Map.Entry<List<String>, Operator> cue = dateCue(cueEnd);
            if (cue != null) {
                op = cue.getValue();
                start = cueEnd - cue.getKey().size();
                // "signed up on a day other than 26 Jan 2026": the day is the date's
                if (clause.word(start - 1).equals("day") && Set.of("a", "the").contains(clause.word(start - 2)) && clause.free(start - 2, start)) {
                    start -= clause.word(start - 3).equals("on") && clause.isFree(start - 3) ? 3 : 2;
                }
            }
            if (op == Operator.BETWEEN) {
                DateMention second = clause.word(end).equals("and") ? reader.at(end + 1) : null;
                if (second == null) {
                    continue;
                }
                last = second.last();
                end = second.end();
            }
            Operator after = datePostfix(end);
            if (after != null && (op == null || op == after)) {
                op = after;
                end += postfixLength(end);
            }
            boolean range = !first.equals(last);
            Condition c;
            if (op == null) {
                c = range ? new Condition(field, Operator.BETWEEN, List.of(first, last)) : new Condition(field, Operator.EQUAL, first);
            } else {
                c = switch (op) {
                    case GREATER -> new Condition(field, op, last);
                    case GREATER_OR_EQUAL, LESS -> new Condition(field, op, first);
                    case LESS_OR_EQUAL -> new Condition(field, op, last);
                    case BETWEEN -> new Condition(field, op, List.of(first, last));
                    case NOT_EQUAL -> range ? new Condition(field, Operator.NOT_BETWEEN, List.of(first, last)) : new Condition(field, op, first);
                    default -> range ? new Condition(field, Operator.BETWEEN, List.of(first, last)) : new Condition(field, Operator.EQUAL, first);
                };
            }
            if (contextAt >= 0 && clause.negatedBefore(contextAt)) {
                c = (Condition) Negations.of(c);
            } else if (clause.negatedBefore(start)) {
                // "last order not between X and Y", "first order wasn't on 1 Jan"
                c = (Condition) Negations.of(c);
            }
            if (op == null && Set.of("on", "in", "during").contains(before)) {
                start = date.start() - 1;
            }
            clause.mark(start, end, Role.ATOM);
            clause.add(start, c);
            i = end - 1;
        }
    }

    private static final List<Map.Entry<List<String>, Operator>> DATE_CUES = List.of(
            Map.entry(List.of("not", "equal", "to"), Operator.NOT_EQUAL), Map.entry(List.of("is", "not"), Operator.NOT_EQUAL),
            Map.entry(List.of("not", "on"), Operator.NOT_EQUAL), Map.entry(List.of("not", "in"), Operator.NOT_EQUAL),
            Map.entry(List.of("later", "than"), Operator.GREATER), Map.entry(List.of("earlier", "than"), Operator.LESS),
            Map.entry(List.of("prior", "to"), Operator.LESS), Map.entry(List.of("no", "later", "than"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("no", "earlier", "than"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("after"), Operator.GREATER),
            Map.entry(List.of("since"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("from"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("starting"), Operator.GREATER_OR_EQUAL), Map.entry(List.of("before"), Operator.LESS),
            Map.entry(List.of("until"), Operator.LESS), Map.entry(List.of("till"), Operator.LESS), Map.entry(List.of("prior"), Operator.LESS),
            Map.entry(List.of("predates"), Operator.LESS), Map.entry(List.of("predate"), Operator.LESS),
            Map.entry(List.of("through"), Operator.LESS_OR_EQUAL), Map.entry(List.of("up", "to"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("upto"), Operator.LESS_OR_EQUAL), Map.entry(List.of("by"), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("between"), Operator.BETWEEN), Map.entry(List.of(">"), Operator.GREATER),
            Map.entry(List.of(">="), Operator.GREATER_OR_EQUAL), Map.entry(List.of("=>"), Operator.GREATER_OR_EQUAL),
            Map.entry(List.of("<"), Operator.LESS), Map.entry(List.of("<="), Operator.LESS_OR_EQUAL),
            Map.entry(List.of("=<"), Operator.LESS_OR_EQUAL), Map.entry(List.of("!="), Operator.NOT_EQUAL),
            Map.entry(List.of("<>"), Operator.NOT_EQUAL), Map.entry(List.of("="), Operator.EQUAL),
            Map.entry(List.of("not"), Operator.NOT_EQUAL), Map.entry(List.of("outside"), Operator.NOT_EQUAL),
            Map.entry(List.of("outside", "of"), Operator.NOT_EQUAL), Map.entry(List.of("other", "than"), Operator.NOT_EQUAL), Map.entry(List.of("isn't"), Operator.NOT_EQUAL));

    /** The comparison written right before a date, longest first. */
    private Map.Entry<List<String>, Operator> dateCue(int at) {
        Map.Entry<List<String>, Operator> best = null;
        for (Map.Entry<List<String>, Operator> cue : DATE_CUES) {
            int from = at - cue.getKey().size();
            if (Phrases.matches(t, from, cue.getKey()) && clause.free(from, at) && (best == null || cue.getKey().size() > best.getKey().size())) {
                best = cue;
            }
        }
        return best;
    }

    /** "2024 or later", "March 2025 onwards", "2023 or earlier". */
    private Operator datePostfix(int at) {
        String a = clause.word(at);
        String b = clause.word(at + 1);
        if (a.equals("onwards") || a.equals("onward") || ((a.equals("or") || a.equals("and")) && (b.equals("later") || b.equals("after")))) {
            return Operator.GREATER_OR_EQUAL;
        }
        if ((a.equals("or") || a.equals("and")) && (b.equals("earlier") || b.equals("before"))) {
            return Operator.LESS_OR_EQUAL;
        }
        return null;
    }

    private int postfixLength(int at) {
        return clause.word(at).startsWith("onward") ? 1 : 2;
    }

    private Field contextField() {
        for (int k = 0; k < t.size(); k++) {
            if (!clause.isFree(k)) {
                continue;
            }
            if (Lexicon.SIGNUP_WORDS.contains(t.get(k))) {
                contextAt = k;
                clause.keyword(k);
                if (clause.word(k + 1).equals("up")) {
                    clause.keyword(k + 1);
                }
                return Field.SIGNUP_AT;
            }
            if (t.get(k).equals("most") && Set.of("recent", "latest").contains(clause.word(k + 1))
                    && ClauseReader.ORDER_NOUNS.contains(clause.word(k + 2))) {
                contextAt = k;
                clause.mark(k, k + 3, Role.KEYWORD);
                return Field.LAST_ORDER_AT;
            }
            if (Set.of("recent", "latest").contains(t.get(k)) && ClauseReader.ORDER_NOUNS.contains(clause.word(k + 1))) {
                contextAt = k;
                clause.mark(k, k + 2, Role.KEYWORD);
                return Field.LAST_ORDER_AT;
            }
            if ((t.get(k).equals("first") || t.get(k).equals("last")) && ClauseReader.ORDER_NOUNS.contains(clause.word(k + 1))) {
                contextAt = k;
                clause.keyword(k);
                clause.keyword(k + 1);
                return t.get(k).equals("first") ? Field.FIRST_ORDER_AT : Field.LAST_ORDER_AT;
            }
            if (ClauseReader.POSITIVE_PURCHASE.contains(t.get(k))) {
                contextAt = k;
                clause.keyword(k);
                return Field.LAST_ORDER_AT;
            }
        }
        return clause.hint != null && clause.hint.type() == FieldType.DATE ? clause.hint : Field.SIGNUP_AT;
    }
}
