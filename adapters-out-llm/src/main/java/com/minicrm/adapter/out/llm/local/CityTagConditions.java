package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.ClauseReader.Role;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import java.util.List;
import java.util.Set;

/** Reads the cities and tags the customer data holds, by name or by "tagged X", negated or not. */
final class CityTagConditions {
    /** Words between "tagged"/"tags" and the tag itself: "tagged as", "tags contains vip". */
    private static final Set<String> TAG_GLUE = Set.of("as", "with", "the", "a", "an", "of", "contains", "contain", "containing",
            "includes", "include", "including", "is", "has", "have", "equals");

    private static final Set<String> SUBSCRIBED = Set.of("subscribed", "subscribers", "subscriber", "signed", "opted");

    private final ClauseReader clause;
    private final List<String> t;

    CityTagConditions(ClauseReader clause) {
        this.clause = clause;
        this.t = clause.tokens();
    }

    void knownTags() {
        for (int i = 0; i < t.size(); i++) {
            Places.Match known = clause.isFree(i) && !afterTagWord(i) ? clause.places.tag(t, i, clause.freeMask()) : null;
            if (known != null) {
                tagCondition(i, i, known.end(), known.values().get(0));
                i = known.end() - 1;
            }
        }
    }

    /** "tagged vip", "tags contains vip": left to {@link #tags()}, which reads the tag word with it. */
    private boolean afterTagWord(int i) {
        int k = i - 1;
        while (k >= 0 && TAG_GLUE.contains(t.get(k))) {
            k--;
        }
        return k >= 0 && ClauseReader.TAG_WORDS.contains(t.get(k));
    }

    /** "subscribed to the newsletter": the verb only says they belong to the tag that follows. */
    private void subscribedTo(int from) {
        int k = from - 1;
        k -= clause.word(k).equals("the") ? 1 : 0;
        if (clause.word(k).equals("to") && SUBSCRIBED.contains(clause.word(k - 1))) {
            clause.mark(k - 1, from, Role.KEYWORD);
        }
    }

    void cities() {
        for (int i = 0; i < t.size(); i++) {
            Places.Match city = clause.isFree(i) ? clause.places.city(t, i, clause.freeMask()) : null;
            if (city == null) {
                continue;
            }
            boolean negated = clause.negatedBefore(i) ^ clause.equalitySignBefore(i);
            clause.mark(i, city.end(), Role.ATOM);
            List<String> values = city.values();
            Condition c = values.size() == 1
                    ? new Condition(Field.CITY, negated ? Operator.NOT_EQUAL : Operator.EQUAL, values.get(0))
                    : new Condition(Field.CITY, negated ? Operator.NOT_IN : Operator.IN, values);
            clause.rules.add(c);
            i = city.end() - 1;
        }
    }

    void tags() {
        for (int i = 0; i < t.size(); i++) {
            if (!clause.isFree(i)) {
                continue;
            }
            if (ClauseReader.TAG_WORDS.contains(t.get(i))) {
                int j = i + 1;
                while (TAG_GLUE.contains(clause.word(j))) {
                    j++;
                }
                int k = i - 1;
                Places.Match known = j < t.size() && clause.isFree(j) ? clause.places.tag(t, j, clause.freeMask()) : null;
                if (known != null) {
                    tagCondition(i, j, known.end(), known.values().get(0));
                } else if (j < t.size() && clause.isFree(j) && t.get(j).matches("[a-z0-9]+") && !Lexicon.FILLER.contains(t.get(j))) {
                    tagCondition(i, j, j + 1, t.get(j));
                } else if (k >= 0 && clause.isFree(k) && t.get(k).matches("[a-z0-9]+") && !Lexicon.FILLER.contains(t.get(k))) {
                    tagCondition(k, k, i + 1, t.get(k));
                }
                continue;
            }
            Places.Match known = clause.places.tag(t, i, clause.freeMask());
            if (known != null) {
                tagCondition(i, i, known.end(), known.values().get(0));
                i = known.end() - 1;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (clause.isFree(i) && ClauseReader.TAG_WORDS.contains(t.get(i))) {
                clause.keyword(i);
            }
        }
    }

    private void tagCondition(int from, int valueStart, int end, String tag) {
        boolean negated = clause.negatedBefore(from) ^ clause.equalitySignBefore(from);
        subscribedTo(from);
        clause.mark(Math.min(from, valueStart), end, Role.ATOM);
        if (end < t.size() && ClauseReader.TAG_WORDS.contains(t.get(end))) {
            clause.keyword(end);
        }
        clause.add(from, new Condition(Field.TAGS, negated ? Operator.DOES_NOT_CONTAIN : Operator.CONTAINS, tag));
    }
}
