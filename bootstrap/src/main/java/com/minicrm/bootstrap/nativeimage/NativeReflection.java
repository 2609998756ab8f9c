package com.minicrm.bootstrap.nativeimage;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.customer.OrderItem;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson reads or writes outside a REST resource's signature (which Quarkus registers
 * by itself), so a native image keeps their constructors and accessors: the ingestion queue's
 * message and the drafts inside it, which the demo loader also sends.
 */
@RegisterForReflection(
        targets = {CustomerDraft.class, OrderDraft.class, OrderItem.class},
        classNames = "com.minicrm.adapter.out.messaging.ingestion.IngestionMessage")
public final class NativeReflection {
    private NativeReflection() {}
}
