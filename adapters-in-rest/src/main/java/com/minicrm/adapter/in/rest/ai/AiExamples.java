package com.minicrm.adapter.in.rest.ai;

/** Request and response examples of the AI endpoints for the API docs. */
final class AiExamples {
    static final String SEGMENT_TEXT = "{\"text\":\"spend over 5k and inactive 3 months\"}";
    static final String SEGMENT_RULE = """
            {"rule":{"combinator":"and","not":false,"rules":[{"field":"total_spend","operator":">","value":5000},
            {"field":"inactive_days","operator":">=","value":90}]},
            "description":"Total spend > ₹5,000 AND Inactive ≥ 90 days","unrecognized":[],"engine":"local"}""";
    static final String SEGMENT_NOT_UNDERSTOOD = """
            {"rule":null,"description":"Not understood: \\"cricket\\". No rule was made; rephrase or build it below.",
            "unrecognized":["cricket"],"engine":"local"}""";
    static final String INVALID = """
            {"type":"about:blank","title":"Invalid input","status":422,"detail":"text is required",
            "errors":[{"field":"text","message":"is required"}]}""";

    private AiExamples() {}
}
