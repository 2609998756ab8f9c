package com.minicrm.domain.validation;

import java.util.List;

/** Input broke one or more rules; carries every violation so none has to be rediscovered. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " invalid fields";
    }
}
