package com.minicrm.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation in one input, so callers can report all problems at once. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> asList() {
        return List.copyOf(found);
    }

    /** Throws {@link InvalidInputException} listing everything found, if anything was. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** Checks a required identifier: length-limited text without surrounding white space. */
    public boolean requireId(String field, String value, int maxLength) {
        if (!requireText(field, value, maxLength)) {
            return false;
        }
        if (!value.equals(value.strip())) {
            add(field, "must not start or end with white space");
            return false;
        }
        // An id is read back as a URL path segment, where "." and ".." name the folder, never the id.
        if (value.equals(".") || value.equals("..")) {
            add(field, "must not be \".\" or \"..\", which cannot be read back from a URL");
            return false;
        }
        return true;
    }

    /** Checks a required, length-limited text; returns whether it was usable. */
    public boolean requireText(String field, String value, int maxLength) {
        if (Text.isBlank(value)) {
            add(field, "is required");
            return false;
        }
        return maxLength(field, value, maxLength);
    }

    /** Checks an optional text against a length limit; returns whether it was usable. */
    public boolean maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
            return false;
        }
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            add(field, "must not contain control characters");
            return false;
        }
        if (!Text.isSafe(value)) {
            add(field, Text.UNSAFE);
            return false;
        }
        return true;
    }
}
