package com.minicrm.application.port.in.consent;

import com.minicrm.domain.consent.FrequencyCap;
import com.minicrm.domain.consent.QuietHours;
import java.time.Instant;
import java.util.Optional;

/** The brand's sending rules as configured, and when a campaign waiting for quiet hours resumes. */
public interface ReadSendingRulesUseCase {
    FrequencyCap frequencyCap();

    QuietHours quietHours();

    /** When the campaign's queued messages go out, while it waits for the window to open; empty otherwise. */
    Optional<Instant> quietHoursResumeAt(long campaignId);
}
