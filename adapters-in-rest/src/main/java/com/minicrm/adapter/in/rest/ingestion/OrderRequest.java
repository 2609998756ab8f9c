package com.minicrm.adapter.in.rest.ingestion;

import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.customer.OrderItem;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.minicrm.adapter.in.rest.json.StrictInstantDeserializer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order in an ingestion request. */
@Schema(name = "Order")
public record OrderRequest(
        @Schema(required = true, maxLength = 64, examples = "ord-5001", description = "Unique; a re-sent order is ignored") String externalId,
        @Schema(required = true, maxLength = 64, examples = "cust-1001") String customerExternalId,
        @Schema(required = true, minimum = "0", description = "INR, up to 2 decimals", examples = "2499.00") BigDecimal amount,
        @Schema(required = true, description = "ISO-8601 instant", examples = "2025-03-01T18:30:00Z") @JsonDeserialize(using = StrictInstantDeserializer.class) Instant orderedAt,
        @Schema(maxLength = 32, examples = "delivered") String status,
        List<Item> items) {

    /** One line of an order. */
    @Schema(name = "OrderItem")
    public record Item(
            @Schema(examples = "SKU-42") String sku,
            @Schema(examples = "Cotton kurta") String name,
            @Schema(examples = "1") Integer quantity,
            @Schema(examples = "2499.00") BigDecimal unitPrice) {}

    OrderDraft toDraft() {
        List<OrderItem> lines = items == null
                ? null
                : items.stream().map(i -> i == null ? null : new OrderItem(i.sku(), i.name(), i.quantity(), i.unitPrice())).toList();
        return new OrderDraft(externalId, customerExternalId, amount, orderedAt, status, lines);
    }
}
