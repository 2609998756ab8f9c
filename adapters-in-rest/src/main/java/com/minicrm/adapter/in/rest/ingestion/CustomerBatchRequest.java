package com.minicrm.adapter.in.rest.ingestion;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 1,000 customers in one request. */
@Schema(name = "CustomerBatch")
public record CustomerBatchRequest(@Schema(required = true, maxItems = 1000) List<CustomerRequest> customers) {}
