package com.minicrm.adapter.out.llm.local;

import java.util.List;
import java.util.Set;

/**
 * A stretch of text between connectives, how it joins the stretch before it, and the connective
 * word or phrase itself ("" for the first stretch).
 */
record Clause(Join join, List<String> tokens, String connective) {
    /** Connectives that do not end what an exception covers: "except VIPs who are from Mumbai". */
    private static final Set<String> RELATIVE = Set.of("and", "who", "whose", "with", "having", "that", "which", "where");

    /** Whether the connective was a word ("who", "and", "with") rather than punctuation or "but". */
    boolean relative() {
        return RELATIVE.contains(connective);
    }

    enum Join {
        AND, OR, AND_NOT;

        /** When an empty clause is dropped, an OR or an exception around it still counts. */
        Join strongest(Join other) {
            return this == AND ? other : this;
        }
    }

    Clause {
        tokens = List.copyOf(tokens);
    }
}
