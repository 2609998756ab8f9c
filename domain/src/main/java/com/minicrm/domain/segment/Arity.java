package com.minicrm.domain.segment;

/** What shape of value an operator takes. */
public enum Arity {
    /** No value: {@code null}, {@code notNull}. */
    NONE,
    /** One value. */
    ONE,
    /** Two inclusive bounds {@code [lo, hi]}. */
    RANGE,
    /** A non-empty list. */
    LIST
}
