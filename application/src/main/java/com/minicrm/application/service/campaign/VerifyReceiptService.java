package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.campaign.VerifyReceiptUseCase;
import com.minicrm.application.port.out.campaign.ReceiptReplays;
import com.minicrm.domain.campaign.ReceiptSignature;
import com.minicrm.domain.campaign.ReplayedReceiptException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks a receipt's signature and freshness, then records the signature so that the same signed
 * request is refused when it comes again inside the window, on this instance or any other.
 * Recorded signatures are dropped once they are older than twice the window, at most once a window.
 */
public class VerifyReceiptService implements VerifyReceiptUseCase {
    private final ReceiptSignature signature;
    private final ReceiptReplays replays;
    private final Clock clock;
    private final Duration window;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    public VerifyReceiptService(ReceiptSignature signature, ReceiptReplays replays, Clock clock) {
        this.signature = signature;
        this.replays = replays;
        this.clock = clock;
        this.window = signature.window();
    }

    @Override
    public void verify(String timestamp, String signed, String body) {
        Instant now = clock.instant();
        signature.verify(timestamp, signed, body, now);
        purgeNowAndThen(now);
        if (!replays.firstSighting(normalised(signed), now)) {
            throw new ReplayedReceiptException();
        }
    }

    @Override
    public void release(String signed) {
        replays.forget(normalised(signed));
    }

    private void purgeNowAndThen(Instant now) {
        Instant due = nextPurge.get();
        if (!now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(window))) {
            replays.forgetSeenBefore(now.minus(window.multipliedBy(2)));
        }
    }

    /** Hex case does not change a signature's meaning, so it must not let a replay through either. */
    private static String normalised(String signed) {
        return signed.strip().toLowerCase(Locale.ROOT);
    }
}
