package com.minicrm.bootstrap.campaign;

import com.minicrm.application.port.in.consent.ResumeAfterQuietHoursUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Queues the waiting messages of campaigns held for quiet hours once the window opens, on every instance. */
@ApplicationScoped
class QuietHoursSchedule {
    private static final Logger LOG = Logger.getLogger(QuietHoursSchedule.class);
    private final ResumeAfterQuietHoursUseCase resume;

    QuietHoursSchedule(ResumeAfterQuietHoursUseCase resume) {
        this.resume = resume;
    }

    @Scheduled(every = "${crm.consent.quiet-hours.check-every}", delayed = "${crm.consent.quiet-hours.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resumeDue() {
        int jobs = resume.resumeDue();
        if (jobs > 0) {
            LOG.infof("quiet hours over: queued %d delivery job(s) that waited for the window", jobs);
        }
    }
}
