package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/** A JSON string or key holds text that cannot be stored; names the field as the API's problems do. */
public class UnsafeTextException extends JsonParseException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    UnsafeTextException(JsonParser parser, String field, String problem) {
        super(parser, field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
