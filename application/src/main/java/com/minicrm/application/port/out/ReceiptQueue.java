package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.DeliveryOutcome;

/** Where verified receipts wait to be applied in batches; returns once the broker holds the receipt. */
public interface ReceiptQueue {
    void publish(DeliveryOutcome receipt);
}
