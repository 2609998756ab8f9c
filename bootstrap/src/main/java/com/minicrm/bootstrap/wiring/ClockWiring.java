package com.minicrm.bootstrap.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the application reads; tests replace it to pin time. */
@ApplicationScoped
public class ClockWiring {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The clock quiet hours are read by, apart from the app's, so a test can move the brand's time of
     * day without making receipts and sessions look stale.
     */
    @Produces
    @ApplicationScoped
    @QuietHoursClock
    Clock quietHoursClock() {
        return Clock.systemUTC();
    }
}
