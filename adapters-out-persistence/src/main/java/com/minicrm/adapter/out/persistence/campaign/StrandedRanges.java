package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.domain.campaign.DeliveryJob;
import java.util.ArrayList;
import java.util.List;

/** Cuts log ids, read in (campaign, id) order, into jobs of at most {@code jobSize} rows of one campaign. */
final class StrandedRanges {
    private final int jobSize;
    private final List<DeliveryJob> jobs = new ArrayList<>();
    private long campaignId;
    private long first;
    private long last;
    private int rows;

    StrandedRanges(int jobSize) {
        this.jobSize = jobSize;
    }

    void add(long campaign, long id) {
        if (rows > 0 && (campaign != campaignId || rows == jobSize)) {
            flush();
        }
        if (rows == 0) {
            campaignId = campaign;
            first = id;
        }
        last = id;
        rows++;
    }

    List<DeliveryJob> jobs() {
        if (rows > 0) {
            flush();
        }
        return List.copyOf(jobs);
    }

    private void flush() {
        jobs.add(new DeliveryJob(campaignId, first, last));
        rows = 0;
    }
}
