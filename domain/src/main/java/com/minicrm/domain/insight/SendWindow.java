package com.minicrm.domain.insight;

import java.time.DayOfWeek;

/**
 * The best time to send, from a 7 × 24 histogram of order times (Monday first): the run of
 * {@link #HOURS} consecutive hours within one day that holds the most orders.
 */
public record SendWindow(DayOfWeek day, int startHour, int endHour, long orders) {
    public static final int HOURS = 3;

    public static SendWindow best(long[][] histogram) {
        if (histogram.length != 7) {
            throw new IllegalArgumentException("need 7 days of 24 hours");
        }
        SendWindow best = null;
        for (int d = 0; d < 7; d++) {
            if (histogram[d].length != 24) {
                throw new IllegalArgumentException("need 24 hours a day");
            }
            for (int h = 0; h + HOURS <= 24; h++) {
                long sum = 0;
                for (int k = h; k < h + HOURS; k++) {
                    sum += histogram[d][k];
                }
                if (best == null || sum > best.orders()) {
                    best = new SendWindow(DayOfWeek.of(d + 1), h, h + HOURS, sum);
                }
            }
        }
        return best;
    }
}
