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

    static final String MESSAGE_REQUEST = """
            {"objective":"bring back inactive users","rule":{"combinator":"and","rules":[
            {"field":"inactive_days","operator":">=","value":90}]}}""";
    static final String MESSAGES = """
            {"intent":"win-back","variants":[
            {"text":"Hi {{first_name|there}}, we miss you! Come back this week and enjoy 15% off your next order.",
             "tone":"friendly","image":"/ai/images/win-back-friendly.svg"},
            {"text":"{{first_name|Hey}}, your 20% comeback offer ends in 48 hours. Don't miss out: shop now!",
             "tone":"urgent","image":"/ai/images/win-back-urgent.svg"}],"engine":"local"}""";

    static final String RULE_REQUEST = """
            {"rule":{"combinator":"and","rules":[{"field":"total_spend","operator":">","value":10000}]}}""";
    static final String INSIGHTS = """
            {"summary":"So far 1,150 of the 6,333 messages have finished and 5,183 are still pending. 1,100 were delivered
            and 50 failed: a delivery rate of 95.7% of the 1,150 messages finished so far. On the same base, customers with
            over ₹10,000 spend had a 97% delivery rate.","facts":[
            {"key":"reached","label":"Audience","value":6333,"base":null},
            {"key":"finished","label":"Finished so far (sent or failed)","value":1150,"base":null},
            {"key":"delivered","label":"Delivered","value":1100,"base":null},
            {"key":"failed","label":"Failed","value":50,"base":null},
            {"key":"pending","label":"Still pending","value":5183,"base":null},
            {"key":"delivery_rate","label":"Delivery rate (% of finished messages)","value":95.7,"base":"finished"},
            {"key":"spend_over_10_000_rate","label":"Delivery rate (% of finished messages), spend over ₹10,000","value":97,
             "base":"finished"}],"engine":"local"}""";
    static final String SEND_TIME = """
            {"histogram":[[0,0,0,0,0,0,1,3,5,8,9,7,6,5,4,6,8,12,15,14,9,4,1,0],"... 6 more days"],
            "best":{"day":"SATURDAY","startHour":18,"endHour":21},
            "rationale":"Saturday 18:00–21:00 (Asia/Kolkata) had 412 orders, 7.7% of this audience's 5,321 orders of the last 12 months, 4.3× an even spread.",
            "orders":5321,"engine":"local"}""";
    static final String LOOKALIKE = """
            {"size":1250,"rule":{"combinator":"and","not":false,"rules":[
            {"field":"total_spend","operator":"between","value":[4200,9800]},
            {"field":"inactive_days","operator":"between","value":[48,89]},
            {"combinator":"and","not":true,"rules":[{"field":"inactive_days","operator":">=","value":90}]}]},
            "description":"Total spend between ₹4,200 and ₹9,800 AND Inactive between 48 and 89 days AND NOT (Inactive ≥ 90 days)",
            "describedByRule":true,"fit":{"ruleSize":1310,"jaccard":0.69,"precision":0.8,"recall":0.84},
            "usage":"Save it as a segment: the rule selects 1,310 customers outside the seed, 80% of them in the ranked list, and covers 84% of the list.",
            "reasons":["The 1,250 customers outside the seed nearest to its profile, of 6,240 outside it",
            "Typical spend ₹6,100 vs ₹5,900 in the seed"],
            "sample":[{"externalId":"C-1042","name":"Asha Rao","city":"Pune"}],"engine":"local"}""";

    private AiExamples() {}
}
