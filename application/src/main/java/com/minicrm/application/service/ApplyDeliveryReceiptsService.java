package com.minicrm.application.service;

import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.DeliveryOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a batch of receipts. Two receipts for one message in the same batch collapse to the
 * earlier one first, so the storage only ever sees one candidate per message.
 */
public class ApplyDeliveryReceiptsService implements ApplyDeliveryReceiptsUseCase {
    private final CommunicationLog log;
    private final Clock clock;

    public ApplyDeliveryReceiptsService(CommunicationLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public AppliedOutcomes apply(List<DeliveryOutcome> receipts) {
        if (receipts.isEmpty()) {
            return AppliedOutcomes.NONE;
        }
        Map<Long, DeliveryOutcome> perMessage = new LinkedHashMap<>();
        for (DeliveryOutcome receipt : receipts) {
            perMessage.merge(receipt.messageId(), receipt, DeliveryOutcome::earlierOf);
        }
        AppliedOutcomes applied = log.applyOutcomes(new ArrayList<>(perMessage.values()), clock.instant());
        int collapsed = receipts.size() - perMessage.size();
        return new AppliedOutcomes(applied.applied(), applied.ignored() + collapsed, applied.unknown());
    }
}
