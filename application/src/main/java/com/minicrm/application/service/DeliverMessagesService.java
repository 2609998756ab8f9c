package com.minicrm.application.service;

import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.application.service.consent.QuietHoursGate;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Delivers one job. Claiming first is what makes a redelivered job harmless: rows another worker
 * already took are no longer QUEUED, so nobody sends a message twice. A job whose campaign must wait
 * for quiet hours claims nothing: its rows stay QUEUED and the job is done, and the hold queues them
 * again when the window opens.
 */
public class DeliverMessagesService implements DeliverMessagesUseCase {
    private final CommunicationLog log;
    private final MessagingVendor vendor;
    private final Clock clock;
    private final Optional<QuietHoursGate> quietHours;

    /** Delivers at any hour. */
    public DeliverMessagesService(CommunicationLog log, MessagingVendor vendor, Clock clock) {
        this(log, vendor, clock, Optional.empty());
    }

    /** Holds promotional SMS and WhatsApp outside the brand's sending window. */
    public DeliverMessagesService(CommunicationLog log, MessagingVendor vendor, Clock clock, QuietHoursGate quietHours) {
        this(log, vendor, clock, Optional.of(quietHours));
    }

    private DeliverMessagesService(CommunicationLog log, MessagingVendor vendor, Clock clock, Optional<QuietHoursGate> quietHours) {
        this.log = log;
        this.vendor = vendor;
        this.clock = clock;
        this.quietHours = quietHours;
    }

    @Override
    public int deliver(DeliveryJob job) {
        if (quietHours.flatMap(gate -> gate.holdIfQuiet(job.campaignId())).isPresent()) {
            return 0;
        }
        List<OutgoingMessage> claimed = log.claim(job, clock.instant());
        if (claimed.isEmpty()) {
            return 0;
        }
        List<SendResult> results = vendor.send(claimed);
        log.recordSendResults(results, clock.instant());
        return claimed.size();
    }
}
