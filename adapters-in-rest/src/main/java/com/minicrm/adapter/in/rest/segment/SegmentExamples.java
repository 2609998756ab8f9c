package com.minicrm.adapter.in.rest.segment;

/** Request and response examples for the API docs. */
final class SegmentExamples {
    static final String RULE = """
            {"combinator":"or","not":false,"rules":[
              {"combinator":"and","rules":[
                {"field":"total_spend","operator":">","value":10000},
                {"field":"visits","operator":"<","value":3}]},
              {"field":"inactive_days","operator":">=","value":90}]}""";
    static final String PREVIEW_REQUEST = "{\"rule\":" + RULE + "}";
    static final String SEGMENT_REQUEST = "{\"name\":\"Big spenders drifting away\",\"description\":\"Win-back target\",\"rule\":"
            + RULE + "}";
    static final String PREVIEW_RESPONSE = """
            {"audienceSize":1834,"sample":[{"id":42,"externalId":"C-1042","name":"Asha Rao","email":"asha@example.com",
            "city":"Pune","totalSpend":15200.00,"visits":2,"lastOrderAt":"2025-01-03T10:15:00Z"}],
            "description":"(Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days"}""";
    static final String INVALID_RULE = """
            {"type":"about:blank","title":"Invalid input","status":422,"detail":"2 fields are invalid","errors":[
              {"field":"rules[0].rules[1].value","message":"must be a whole number from 0 to 2147483647"},
              {"field":"rules[1].field","message":"is not a known field; known fields: [total_spend, ...]"}]}""";

    static final String SEGMENT = """
            {"id":7,"name":"Big spenders drifting away","description":"Win-back target","rule":{"combinator":"or","not":false,
            "rules":[{"combinator":"and","not":false,"rules":[{"field":"total_spend","operator":">","value":10000},
            {"field":"visits","operator":"<","value":3}]},{"field":"inactive_days","operator":">=","value":90}]},
            "ruleDescription":"(Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days",
            "createdAt":"2025-06-01T09:30:00Z","updatedAt":"2025-06-01T09:30:00Z"}""";
    static final String SEGMENTS = "[" + SEGMENT + "]";
    static final String NOT_FOUND = """
            {"type":"about:blank","title":"Not found","status":404,"detail":"Segment 7 does not exist"}""";
    static final String IN_USE = """
            {"type":"about:blank","title":"Segment in use","status":409,
            "detail":"Segment 7 is used by a campaign; delete or retarget the campaign first"}""";

    private SegmentExamples() {}
}
