package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.DeliveryJob;
import java.util.List;

/** Where delivery jobs wait for a worker on any instance; returns once the broker holds them all. */
public interface DeliveryQueue {
    void enqueue(List<DeliveryJob> jobs);
}
