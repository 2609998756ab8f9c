package com.minicrm.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects every broken invariant of a scenario, so one run reports all of them, then fails loudly. */
final class Check {
    private final List<String> failures = new ArrayList<>();

    void that(boolean holds, String what) {
        if (!holds) {
            failures.add(what);
        }
    }

    void equal(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    void done() {
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("; ", failures));
        }
    }
}
