package com.minicrm.application.port.out.campaign;

import java.time.Instant;

/** Where the app keeps the receipt secret it generated itself, so that every instance uses the same one. */
public interface ReceiptSecrets {
    /** The stored secret; when none is stored yet, {@code candidate} is stored and returned. */
    String establish(String candidate, Instant now);
}
