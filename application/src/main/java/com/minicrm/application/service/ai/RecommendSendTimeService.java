package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.RecommendSendTimeUseCase;
import com.minicrm.application.port.out.ai.OrderTimes;
import com.minicrm.domain.insight.SendWindow;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Rule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Recommends when to send from the audience's orders of the last year; an audience with too few
 * orders of its own borrows the whole customer base's pattern, and the rationale says so.
 */
public class RecommendSendTimeService implements RecommendSendTimeUseCase {
    static final int MIN_ORDERS = 30;
    private static final Duration LOOK_BACK = Duration.ofDays(365);
    private final OrderTimes orderTimes;
    private final Clock clock;
    private final ZoneId zone;

    public RecommendSendTimeService(OrderTimes orderTimes, Clock clock, ZoneId zone) {
        this.orderTimes = orderTimes;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public SendTimeAdvice recommend(Rule audience) {
        Instant asOf = InactiveDays.asOf(clock);
        ZoneOffset offset = zone.getRules().getOffset(asOf);
        long[][] histogram = orderTimes.histogram(audience, asOf, asOf.minus(LOOK_BACK), offset);
        long orders = total(histogram);
        String basis = "this audience's " + String.format(Locale.ROOT, "%,d", orders) + " orders of the last 12 months";
        if (orders < MIN_ORDERS) {
            long[][] everyone = orderTimes.histogram(null, asOf, asOf.minus(LOOK_BACK), offset);
            if (total(everyone) > orders) {
                basis = "all customers' " + String.format(Locale.ROOT, "%,d", total(everyone))
                        + " orders, because this audience placed only " + orders;
                histogram = everyone;
            }
        }
        if (total(histogram) == 0) {
            return new SendTimeAdvice(histogram, null, "No orders in the last 12 months to learn from yet.", orders, "local");
        }
        SendWindow best = SendWindow.best(histogram);
        double share = 100.0 * best.orders() / total(histogram);
        double even = 100.0 * SendWindow.HOURS / (7 * 24);
        String rationale = String.format(Locale.ROOT, "%s %02d:00–%02d:00 (%s) had %,d orders, %.1f%% of %s, %.1f× an even spread.",
                best.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH), best.startHour(), best.endHour(), zone.getId(),
                best.orders(), share, basis, share / even);
        return new SendTimeAdvice(histogram, best, rationale, orders, "local");
    }

    private static long total(long[][] histogram) {
        return Arrays.stream(histogram).flatMapToLong(Arrays::stream).sum();
    }
}
