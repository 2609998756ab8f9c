package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.RecommendSendTimeUseCase.SendTimeAdvice;

/** Orders by weekday (Monday first) and hour, the best window (null without orders), why, and how many orders the audience has. */
public record SendTimeResponse(long[][] histogram, Window best, String rationale, long orders, String engine) {
    /** A day and the hours [startHour, endHour) in the configured time zone. */
    public record Window(String day, int startHour, int endHour) {}

    static SendTimeResponse from(SendTimeAdvice advice) {
        Window best = advice.best() == null ? null
                : new Window(advice.best().day().name(), advice.best().startHour(), advice.best().endHour());
        return new SendTimeResponse(advice.histogram(), best, advice.rationale(), advice.orders(), advice.engine());
    }
}
