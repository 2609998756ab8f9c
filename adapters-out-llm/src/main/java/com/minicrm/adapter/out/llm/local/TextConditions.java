package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads conditions on the text fields (name, e-mail, city): "name starts with A", "email doesn't
 * contain 'gmail'", "cities ending in 'bad'", "customer named Priya Sharma"; whether a field has a
 * value at all is read first, by {@link PresenceConditions}.
 */
final class TextConditions {
    static final Map<String, Field> NOUNS = Map.ofEntries(Map.entry("name", Field.NAME), Map.entry("names", Field.NAME),
            Map.entry("surname", Field.NAME), Map.entry("surnames", Field.NAME), Map.entry("email", Field.EMAIL),
            Map.entry("emails", Field.EMAIL), Map.entry("city", Field.CITY),
            Map.entry("cities", Field.CITY));
    private static final List<Map.Entry<List<String>, Operator>> OPERATORS = List.of(
            Map.entry(List.of("starts", "with"), Operator.BEGINS_WITH), Map.entry(List.of("start", "with"), Operator.BEGINS_WITH),
            Map.entry(List.of("starting", "with"), Operator.BEGINS_WITH), Map.entry(List.of("begins", "with"), Operator.BEGINS_WITH),
            Map.entry(List.of("begin", "with"), Operator.BEGINS_WITH), Map.entry(List.of("beginning", "with"), Operator.BEGINS_WITH),
            Map.entry(List.of("ends", "with"), Operator.ENDS_WITH), Map.entry(List.of("end", "with"), Operator.ENDS_WITH),
            Map.entry(List.of("ending", "with"), Operator.ENDS_WITH), Map.entry(List.of("ending", "in"), Operator.ENDS_WITH),
            Map.entry(List.of("ends", "in"), Operator.ENDS_WITH), Map.entry(List.of("end", "in"), Operator.ENDS_WITH),
            Map.entry(List.of("beginswith"), Operator.BEGINS_WITH), Map.entry(List.of("startswith"), Operator.BEGINS_WITH),
            Map.entry(List.of("endswith"), Operator.ENDS_WITH), Map.entry(List.of("doesnotcontain"), Operator.DOES_NOT_CONTAIN),
            Map.entry(List.of("contains"), Operator.CONTAINS), Map.entry(List.of("contain"), Operator.CONTAINS),
            Map.entry(List.of("containing"), Operator.CONTAINS), Map.entry(List.of("includes"), Operator.CONTAINS),
            Map.entry(List.of("include"), Operator.CONTAINS), Map.entry(List.of("including"), Operator.CONTAINS),
            Map.entry(List.of("has", "no"), Operator.DOES_NOT_CONTAIN), Map.entry(List.of("have", "no"), Operator.DOES_NOT_CONTAIN),
            Map.entry(List.of("has"), Operator.CONTAINS), Map.entry(List.of("have"), Operator.CONTAINS),
            Map.entry(List.of("without"), Operator.DOES_NOT_CONTAIN),
            Map.entry(List.of("is", "not"), Operator.NOT_EQUAL), Map.entry(List.of("isn't"), Operator.NOT_EQUAL),
            Map.entry(List.of("not", "equal", "to"), Operator.NOT_EQUAL), Map.entry(List.of("is", "exactly"), Operator.EQUAL),
            Map.entry(List.of("exactly"), Operator.EQUAL),
            Map.entry(List.of("equal", "to"), Operator.EQUAL), Map.entry(List.of("equals"), Operator.EQUAL),
            Map.entry(List.of("is"), Operator.EQUAL), Map.entry(List.of("="), Operator.EQUAL), Map.entry(List.of("!="), Operator.NOT_EQUAL),
            Map.entry(List.of("named"), Operator.EQUAL), Map.entry(List.of("called"), Operator.EQUAL));
    /** Operators that also occur outside text conditions, so they need a quoted value or an address after them. */
    private static final Set<List<String>> GENERIC = Set.of(List.of("is"), List.of("is", "not"), List.of("has"), List.of("have"),
            List.of("has", "no"), List.of("have", "no"),
            List.of("without"));
    static final Set<String> VALUE_GLUE = Set.of("the", "word", "string", "substring", "text", "letter", "letters",
            "characters", "prefix", "suffix", "value", "a", "an");
    static final Set<String> NOUN_GLUE = Set.of("address", "addresses", "id", "ids", "is", "was", "are", "does", "do", "did",
            "domain", "field", "column", "value", "both");
    /** Words that make "name" more precise without changing the field: "first name", "full name". */
    private static final Set<String> NAME_PARTS = Set.of("first", "full", "last", "given", "family", "customer");

    private final ClauseReader clause;
    private final List<String> t;

    TextConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void read() {
        new PresenceConditions(clause).read();
        for (int i = 0; i < t.size(); i++) {
            if (!clause.isFree(i)) {
                continue;
            }
            Map.Entry<List<String>, Operator> op = operatorAt(i);
            if (op == null) {
                continue;
            }
            int noun = nounBefore(i);
            boolean nounIsOp = t.get(i).equals("named") || t.get(i).equals("called");
            Field field = nounIsOp ? Field.NAME : noun >= 0 ? NOUNS.get(t.get(noun)) : clause.textHint();
            boolean generic = GENERIC.contains(op.getKey());
            if (field == null && generic) {
                field = trailingField(i);
            }
            if (field == null) {
                continue;
            }
            int valueAt = i + op.getKey().size();
            while (VALUE_GLUE.contains(clause.word(valueAt)) && valueStart(valueAt + 1)) {
                valueAt++;
            }
            List<String> values = values(valueAt, field);
            if (values.isEmpty() || (generic && !Tokenizer.isLiteral(t.get(valueAt)) && !t.get(valueAt).contains("@")
                    && !personName(field, noun, valueAt))) {
                continue;
            }
            int end = valueAt + span(valueAt, field);
            // "outside any city containing 'Delhi'": the negation may stand before the noun
            boolean negated = clause.negatedBefore(i) || (noun >= 0 && clause.negatedBefore(noun));
            clause.atom(noun >= 0 ? noun : i, end);
            trailingNoun(end);
            Condition condition = new Condition(field, op.getValue(), values.get(0));
            clause.add(i, negated ? Negations.of(condition) : condition);
            i = end - 1;
        }
        for (int i = 0; i < t.size(); i++) {
            int at = i + 1;
            while (NOUN_GLUE.contains(clause.word(at))) {
                at++;
            }
            if (clause.isFree(i) && NOUNS.containsKey(t.get(i)) && at < t.size() && clause.isFree(at)
                    && (Tokenizer.isLiteral(t.get(at)) || t.get(at).contains("@") && !t.get(at).startsWith("@"))) {
                boolean negated = clause.negatedBefore(i);
                clause.atom(i, at + 1);
                Condition condition = new Condition(NOUNS.get(t.get(i)), Operator.EQUAL, value(List.of(t.get(at)), NOUNS.get(t.get(i))));
                clause.add(i, negated ? Negations.of(condition) : condition);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (clause.isFree(i) && Tokenizer.isLiteral(t.get(i))) {
                inTheNoun(i);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (clause.isFree(i) && w.contains("@") && !w.startsWith("@")) {
                boolean negated = clause.negatedBefore(i);
                clause.atom(i, i + 1);
                clause.add(i, new Condition(Field.EMAIL, negated ? Operator.NOT_EQUAL : Operator.EQUAL, w));
            }
        }
    }

    private Map.Entry<List<String>, Operator> operatorAt(int i) {
        for (Map.Entry<List<String>, Operator> op : OPERATORS) {
            if (Phrases.matches(t, i, op.getKey()) && allFree(i, i + op.getKey().size())) {
                return op;
            }
        }
        return null;
    }

    private int nounBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (clause.isFree(k) && NOUNS.containsKey(t.get(k))) {
                // "city name contains": the first noun says whose name; "first name" is still the name
                boolean before = k > 0 && clause.isFree(k - 1);
                if (before && NOUNS.containsKey(t.get(k - 1))) {
                    return k - 1;
                }
                if (NOUNS.get(t.get(k)) == Field.NAME && clause.textHint() == Field.CITY) {
                    // "cities whose names begin with K": the names are the cities'
                    clause.keyword(k);
                    return -1;
                }
                if (before && NOUNS.get(t.get(k)) == Field.NAME && NAME_PARTS.contains(t.get(k - 1))) {
                    clause.keyword(k - 1);
                }
                return k;
            }
            if (!clause.isFree(k) || !(NOUN_GLUE.contains(t.get(k)) || Lexicon.isNegation(t.get(k)) || t.get(k).equals("not"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "with 'Pvt Ltd' in their name": a quoted value the field's noun follows is contained in it;
     * "any city with 'abad' in its name" is about the city the clause before named.
     */
    private void inTheNoun(int at) {
        int noun = at + 1;
        if (!clause.word(noun).equals("in")) {
            return;
        }
        noun += Set.of("its", "their", "the", "his", "her").contains(clause.word(noun + 1)) ? 2 : 1;
        Field field = NOUNS.get(clause.word(noun));
        if (field == null || !clause.free(at, noun + 1)) {
            return;
        }
        if (field == Field.NAME && clause.textHint() == Field.CITY) {
            field = Field.CITY;
        }
        boolean negated = clause.negatedBefore(at);
        clause.atom(at, noun + 1);
        Condition condition = new Condition(field, Operator.CONTAINS, t.get(at).substring(Tokenizer.LITERAL.length()));
        clause.add(at, negated ? Negations.of(condition) : condition);
    }

    /** "name is Rahul Verma": after the name noun, words the engine does not know are the name itself. */
    private boolean personName(Field field, int noun, int at) {
        return field == Field.NAME && noun >= 0 && t.get(at).matches("[a-z]+") && !Spelling.isKnown(t.get(at));
    }

    private boolean valueStart(int at) {
        return at < t.size() && clause.isFree(at);
    }

    private List<String> values(int at, Field field) {
        if (!valueStart(at) || Set.of(",", ";", "(", ")").contains(t.get(at))) {
            return List.of();
        }
        int span = span(at, field);
        List<String> words = new ArrayList<>();
        for (int k = at; k < at + span; k++) {
            words.add(t.get(k));
        }
        return List.of(value(words, field));
    }

    private int span(int at, Field field) {
        String first = t.get(at);
        if (Tokenizer.isLiteral(first) || first.contains("@") || first.startsWith(".") || first.length() == 1 || field != Field.NAME) {
            return 1;
        }
        int end = at + 1;
        while (end < t.size() && clause.isFree(end) && end - at < 3 && !Spelling.isKnown(t.get(end)) && t.get(end).matches("[a-z]+")) {
            end++;
        }
        return end - at;
    }

    static String value(List<String> words, Field field) {
        if (words.size() == 1 && Tokenizer.isLiteral(words.get(0))) {
            return words.get(0).substring(1);
        }
        if (field == Field.EMAIL) {
            return String.join(" ", words);
        }
        List<String> capitalised = words.stream()
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).toList();
        return String.join(" ", capitalised);
    }

    /** "... have 'nagar' in the name": the noun after the value only repeats the field. */
    private void trailingNoun(int end) {
        for (int k = end; k < t.size() && k <= end + 3; k++) {
            if (NOUNS.containsKey(t.get(k)) || t.get(k).equals("it")) {
                for (int j = end; j <= k; j++) {
                    clause.keyword(j);
                }
                return;
            }
            if (!Set.of("in", "the", "their", "its").contains(t.get(k))) {
                return;
            }
        }
    }

    private Field trailingField(int from) {
        for (int k = from + 1; k < t.size() && k <= from + 6; k++) {
            if (NOUNS.containsKey(t.get(k))) {
                return NOUNS.get(t.get(k));
            }
        }
        return null;
    }

    private boolean allFree(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!clause.isFree(k)) {
                return false;
            }
        }
        return true;
    }

}
