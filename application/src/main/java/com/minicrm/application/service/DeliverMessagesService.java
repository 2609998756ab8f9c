package com.minicrm.application.service;

import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import java.time.Clock;
import java.util.List;

/**
 * Delivers one job. Claiming first is what makes a redelivered job harmless: rows another worker
 * already took are no longer QUEUED, so nobody sends a message twice.
 */
public class DeliverMessagesService implements DeliverMessagesUseCase {
    private final CommunicationLog log;
    private final MessagingVendor vendor;
    private final Clock clock;

    public DeliverMessagesService(CommunicationLog log, MessagingVendor vendor, Clock clock) {
        this.log = log;
        this.vendor = vendor;
        this.clock = clock;
    }

    @Override
    public int deliver(DeliveryJob job) {
        List<OutgoingMessage> claimed = log.claim(job, clock.instant());
        if (claimed.isEmpty()) {
            return 0;
        }
        List<SendResult> results = vendor.send(claimed);
        log.recordSendResults(results, clock.instant());
        return claimed.size();
    }
}
