package com.minicrm.adapter.in.rest.customer;

/** Example answers shown in Swagger UI. */
final class CustomerExamples {
    private static final String FIELDS = """
            {"externalId": "cust-1001", "name": "Mohit Sharma", "email": "mohit@example.in", "phone": "+91 98765 43210",
             "city": "Mumbai", "signupAt": "2025-01-15T10:00:00Z", "tags": ["vip"], "attributes": {"tier": "gold"},
             "totalSpend": 12499.00, "visits": 3, "avgOrderValue": 4166.33, "firstOrderAt": "2025-02-01T11:00:00Z",
             "lastOrderAt": "2025-06-20T19:45:00Z", "placeholder": false, "createdAt": "2025-01-15T10:00:02Z\"""";
    private static final String SUBSCRIPTIONS = """
            , "subscriptions": {"sms": {"status": "unsubscribed", "changedAt": "2025-03-02T08:15:00Z", "source": "stop-reply"},
             "email": {"status": "subscribed", "changedAt": "2025-01-15T10:00:02Z", "source": "api"},
             "whatsapp": {"status": "subscribed", "changedAt": "2025-01-15T10:00:02Z", "source": "api"}}""";
    static final String PROFILE = FIELDS + SUBSCRIPTIONS + "}";
    static final String PAGE = "{\"items\": [" + FIELDS + "}], \"page\": 0, \"size\": 50, \"total\": 1}";
    static final String MISSING = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No customer has externalId cust-9999"}""";

    private CustomerExamples() {}
}
