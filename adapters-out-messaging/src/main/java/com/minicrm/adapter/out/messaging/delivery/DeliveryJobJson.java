package com.minicrm.adapter.out.messaging.delivery;

import com.minicrm.domain.campaign.DeliveryJob;
import io.vertx.core.json.JsonObject;

/** The wire form of a delivery job. */
final class DeliveryJobJson {
    private DeliveryJobJson() {}

    static JsonObject toJson(DeliveryJob job) {
        return new JsonObject().put("campaignId", job.campaignId()).put("fromId", job.fromId()).put("toId", job.toId());
    }

    static DeliveryJob fromJson(JsonObject json) {
        return new DeliveryJob(json.getLong("campaignId"), json.getLong("fromId"), json.getLong("toId"));
    }
}
