package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.DeliveryJob;

/** Sends the still-queued messages of one job to the vendor; safe to run twice for one job. */
public interface DeliverMessagesUseCase {
    /** Returns how many messages this call claimed and sent. */
    int deliver(DeliveryJob job);
}
