package com.minicrm.adapter.in.rest.ingestion;

/** Example bodies shown in Swagger UI, ready to send. */
final class IngestionExamples {
    static final String CUSTOMER = """
            {"externalId": "cust-1001", "name": "Mohit Sharma", "email": "mohit@example.in", "phone": "+91 98765 43210",
             "city": "Mumbai", "signupAt": "2025-01-15T10:00:00Z", "tags": ["vip", "newsletter"], "attributes": {"gender": "m"},
             "subscriptions": {"sms": "subscribed", "email": "unsubscribed"}}""";
    static final String CUSTOMER_BATCH = """
            {"customers": [
              {"externalId": "cust-1001", "name": "Mohit Sharma", "email": "mohit@example.in", "city": "Mumbai", "tags": ["vip"]},
              {"externalId": "cust-1002", "name": "Priya Iyer", "email": "priya@example.in", "city": "Chennai",
               "subscriptions": {"whatsapp": "unsubscribed"}}]}""";
    static final String ORDER = """
            {"externalId": "ord-5001", "customerExternalId": "cust-1001", "amount": 2499.00, "orderedAt": "2025-03-01T18:30:00Z",
             "status": "delivered", "items": [{"sku": "SKU-42", "name": "Cotton kurta", "quantity": 1, "unitPrice": 2499.00}]}""";
    static final String ORDER_BATCH = """
            {"orders": [
              {"externalId": "ord-5001", "customerExternalId": "cust-1001", "amount": 2499.00, "orderedAt": "2025-03-01T18:30:00Z"},
              {"externalId": "ord-5002", "customerExternalId": "cust-1002", "amount": 799.50, "orderedAt": "2025-03-02T09:15:00Z"}]}""";
    static final String PROBLEM = """
            {"type": "about:blank", "title": "Invalid input", "status": 422, "detail": "2 fields are invalid",
             "errors": [{"field": "customers[0].email", "message": "must be a valid e-mail address"},
                        {"field": "customers[3].externalId", "message": "is required"}]}""";

    private IngestionExamples() {}
}
