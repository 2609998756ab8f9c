package com.minicrm.adapter.in.rest.ingestion;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 1,000 orders in one request. */
@Schema(name = "OrderBatch")
public record OrderBatchRequest(@Schema(required = true, maxItems = 1000) List<OrderRequest> orders) {}
