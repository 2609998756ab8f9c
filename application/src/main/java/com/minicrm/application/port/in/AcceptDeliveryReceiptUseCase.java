package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.DeliveryOutcome;

/** Takes one verified vendor receipt and queues it; applying it happens later, in batches. */
public interface AcceptDeliveryReceiptUseCase {
    void accept(DeliveryOutcome receipt);
}
