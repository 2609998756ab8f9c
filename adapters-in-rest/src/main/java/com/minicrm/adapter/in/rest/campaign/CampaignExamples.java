package com.minicrm.adapter.in.rest.campaign;

/** Example bodies for the OpenAPI document. */
final class CampaignExamples {
    static final String CAMPAIGN = "{\"id\":12,\"name\":\"Diwali 10% off\",\"status\":\"RUNNING\",\"channel\":\"SMS\","
            + "\"segmentId\":3,\"template\":\"Hi {{first_name|there}}, here's 10% off on your next order!\","
            + "\"createdBy\":\"api-key:ops\",\"createdAt\":\"2026-03-01T09:00:00Z\",\"startedAt\":\"2026-03-01T09:00:00Z\","
            + "\"tags\":[\"Win-back\",\"Festive/Offer\"],\"audienceSize\":1000,\"sent\":790,\"failed\":40,\"cancelled\":0,\"pending\":110,"
            + "\"suppressed\":{\"unsubscribed\":32,\"frequencyCapped\":21,\"noAddress\":7},\"transactional\":false}";
    static final String CANCELLED = "{\"id\":12,\"name\":\"Diwali 10% off\",\"status\":\"CANCELLED\",\"channel\":\"SMS\","
            + "\"segmentId\":3,\"template\":\"Hi {{first_name|there}}, here's 10% off on your next order!\","
            + "\"createdBy\":\"api-key:ops\",\"createdAt\":\"2026-03-01T09:00:00Z\",\"startedAt\":\"2026-03-01T09:00:00Z\","
            + "\"finishedAt\":\"2026-03-01T09:00:40Z\",\"tags\":[],\"audienceSize\":1000,\"sent\":300,\"failed\":20,"
            + "\"cancelled\":600,\"pending\":80,\"suppressed\":{\"unsubscribed\":0,\"frequencyCapped\":0,\"noAddress\":0},"
            + "\"transactional\":false}";
    static final String ALREADY_FINISHED = "{\"type\":\"about:blank\",\"title\":\"Campaign status conflict\",\"status\":409,"
            + "\"detail\":\"campaign 12 cannot move from COMPLETED to CANCELLED\"}";
    static final String EDITED = "{\"id\":14,\"name\":\"Weekend mail\",\"status\":\"SCHEDULED\",\"channel\":\"EMAIL\","
            + "\"segmentId\":3,\"template\":\"Hi {{first_name|there}}, our weekend sale starts now.\","
            + "\"subject\":\"{{first_name|Hello}}, 15% off this weekend\",\"createdBy\":\"asha@brand.in\","
            + "\"createdAt\":\"2026-03-01T09:00:00Z\",\"scheduledAt\":\"2026-03-07T14:30:00Z\",\"tags\":[\"Promo\"],"
            + "\"audienceSize\":0,\"sent\":0,\"failed\":0,\"cancelled\":0,\"pending\":0}";
    static final String ALREADY_STARTED = "{\"type\":\"about:blank\",\"title\":\"Campaign status conflict\",\"status\":409,"
            + "\"detail\":\"campaign 14 is RUNNING: only a scheduled campaign can be edited, until it starts\"}";
    static final String CAMPAIGN_PAGE = "{\"items\":[" + CAMPAIGN + "],\"page\":0,\"size\":20,\"total\":1}";
    static final String MESSAGE_PAGE = "{\"items\":[{\"id\":5012,\"customerId\":77,\"recipient\":\"+91 98765 43210\","
            + "\"body\":\"Hi Mohit, here's 10% off on your next order!\",\"status\":\"SENT\",\"attempts\":1,"
            + "\"vendorMessageId\":\"sim-4f2a\",\"queuedAt\":\"2026-03-01T09:00:00Z\","
            + "\"submittedAt\":\"2026-03-01T09:00:01Z\",\"sentAt\":\"2026-03-01T09:00:02Z\"}],\"page\":0,\"size\":20,\"total\":850}";

    private CampaignExamples() {}
}
