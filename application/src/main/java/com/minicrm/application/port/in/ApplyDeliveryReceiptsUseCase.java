package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.DeliveryOutcome;
import java.util.List;

/** Applies a batch of receipts in one go; duplicates and late arrivals change nothing. */
public interface ApplyDeliveryReceiptsUseCase {
    AppliedOutcomes apply(List<DeliveryOutcome> receipts);
}
