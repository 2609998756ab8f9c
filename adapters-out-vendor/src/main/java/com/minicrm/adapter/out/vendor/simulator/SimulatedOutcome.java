package com.minicrm.adapter.out.vendor.simulator;

import java.time.Duration;

/** What the simulator decided for one send request, drawn up front from the seeded source. */
sealed interface SimulatedOutcome {
    /** Refuse the request with this HTTP status. */
    record Refuse(int status) implements SimulatedOutcome {}

    /**
     * Accept it and report later.
     *
     * @param duplicate send the same receipt a second time
     * @param contradiction also send the opposite status, dated earlier but arriving later
     */
    record Accept(String vendorMessageId, boolean sent, Duration latency, boolean duplicate, boolean contradiction)
            implements SimulatedOutcome {}
}
