package com.minicrm.application.port.in.ai;

import com.minicrm.domain.insight.SendWindow;
import com.minicrm.domain.segment.Rule;

/** Smart send time: the audience's own order times as a weekday × hour histogram, and the best window. */
public interface RecommendSendTimeUseCase {
    SendTimeAdvice recommend(Rule audience);

    /** {@code best} is null when nobody ever ordered. */
    record SendTimeAdvice(long[][] histogram, SendWindow best, String rationale, long orders, String engine) {}
}
