package com.minicrm.application.port.in.consent;

/** Queues again the messages of campaigns that waited for quiet hours, once the window has opened. */
public interface ResumeAfterQuietHoursUseCase {
    /** Returns how many delivery jobs were queued. */
    int resumeDue();
}
