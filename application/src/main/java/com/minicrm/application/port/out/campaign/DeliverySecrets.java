package com.minicrm.application.port.out.campaign;

import java.time.Instant;

/**
 * Where the app keeps the delivery secrets it generated itself (the receipt secret, the key its
 * vendor client shows the built-in simulator), so that every instance uses the same ones.
 */
public interface DeliverySecrets {
    /** The secret stored under {@code name}; when there is none yet, {@code candidate} is stored and returned. */
    String establish(String name, String candidate, Instant now);
}
