package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Operator;
import java.util.List;
import java.util.Set;

/**
 * Reads whether a field has a value: "no city on file", "city missing", "a name on file",
 * "missing a signup date", "last order date is blank", "has an email".
 */
final class PresenceConditions {
    static final Set<String> MISSING = Set.of("missing", "blank", "empty", "unknown", "absent", "null", "unset");
    static final Set<String> PRESENT = Set.of("recorded", "present", "known", "available", "provided", "set", "filled",
            "captured", "given");
    private static final List<List<String>> ON_FILE = List.of(List.of("on", "file"), List.of("on", "record"),
            List.of("in", "the", "system"));

    private final ClauseReader clause;
    private final List<String> t;

    PresenceConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void read() {
        for (int i = 0; i < t.size(); i++) {
            Field field = clause.isFree(i) ? presenceField(i) : null;
            if (field == null) {
                continue;
            }
            int nounEnd = i + (field.type() == FieldType.DATE ? dateNounLength(i) : 1);
            int after = nounEnd;
            while (TextConditions.NOUN_GLUE.contains(clause.word(after))) {
                after++;
            }
            boolean not = Lexicon.isNegation(clause.word(after));
            int cue = after + (not ? 1 : 0);
            Boolean missing = null;
            int end = cue;
            if (MISSING.contains(clause.word(cue))) {
                missing = true;
                end = cue + 1;
            } else if (PRESENT.contains(clause.word(cue))) {
                missing = false;
                end = cue + 1;
            } else if (onFile(cue) > 0) {
                missing = false;
                end = cue + onFile(cue);
            }
            int start = i;
            boolean before = false;
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
                String w = t.get(k);
                if (clause.isFree(k) && (w.equals("no") || w.equals("without") || MISSING.contains(w))) {
                    before = true;
                    start = k;
                    break;
                }
                if (clause.isFree(k) && PRESENT.contains(w) && onlyFillerFrom(nounEnd)) {
                    // "a known signup date", "haven't filled in their city yet"
                    missing = clause.negatedBefore(k);
                    start = k;
                    break;
                }
                if (!Set.of("a", "an", "the", "any", "their", "in", "out").contains(w)) {
                    break;
                }
            }
            // "with a signup date" reaches the reader without its "with", which cuts the text into clauses
            boolean owned = Set.of("has", "have", "having", "with").contains(clause.word(i - 1))
                    || (Set.of("a", "an").contains(clause.word(i - 1)) && (i == 1 || Set.of("has", "have", "having", "with").contains(clause.word(i - 2))));
            if (missing == null && !before && start == i && owned && (after >= t.size() || Set.of(",", ";").contains(t.get(after)))) {
                start = Math.max(0, clause.word(i - 1).startsWith("a") ? i - 2 : i - 1);
                // "don't have an email": the negation sits before the verb of having
                missing = clause.negatedBefore(start);
            }
            if (missing == null && !before) {
                continue;
            }
            boolean isMissing = before || (missing ^ not);
            clause.atom(start, Math.max(end, nounEnd));
            Operator op = isMissing ? Operator.IS_NULL : Operator.IS_NOT_NULL;
            Field named = clause.textHint();
            if (named != null && named != field) {
                // "city and email are both on file": the field named alone before shares the predicate
                clause.add(start, new Condition(named, op, null));
            }
            clause.add(start, new Condition(field, op, null));
        }
    }

    private boolean onlyFillerFrom(int at) {
        return t.subList(Math.min(at, t.size()), t.size()).stream().allMatch(Lexicon.FILLER::contains);
    }

    private Field presenceField(int i) {
        String w = t.get(i);
        if (TextConditions.NOUNS.containsKey(w)) {
            return TextConditions.NOUNS.get(w);
        }
        if ((w.equals("signup") || (w.equals("sign") && clause.word(i + 1).equals("up"))) && dateNounLength(i) > 0) {
            return Field.SIGNUP_AT;
        }
        if ((w.equals("last") || w.equals("first")) && clause.word(i + 1).equals("order") && clause.word(i + 2).equals("date")) {
            return w.equals("last") ? Field.LAST_ORDER_AT : Field.FIRST_ORDER_AT;
        }
        return null;
    }

    private int dateNounLength(int i) {
        if (t.get(i).equals("signup") && clause.word(i + 1).equals("date")) {
            return 2;
        }
        if (t.get(i).equals("sign") && clause.word(i + 2).equals("date")) {
            return 3;
        }
        return t.get(i).equals("last") || t.get(i).equals("first") ? 3 : 0;
    }

    private int onFile(int at) {
        for (List<String> phrase : ON_FILE) {
            if (Phrases.matches(t, at, phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }
}
