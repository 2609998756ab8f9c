package com.minicrm.adapter.out.llm.local;

import java.util.List;

/**
 * A stretch of text between connectives, and how it joins the stretch before it; {@code relative}
 * when the connective was a word ("who", "and", "with") rather than punctuation or "but".
 */
record Clause(Join join, List<String> tokens, boolean relative) {
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
