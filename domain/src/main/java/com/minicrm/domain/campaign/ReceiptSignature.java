package com.minicrm.domain.campaign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vendor's proof that a receipt is genuine and fresh: hex HMAC-SHA256 of
 * {@code timestamp + "." + body} under a shared secret. The timestamp (epoch seconds) must lie
 * within a window around now, so a captured request cannot be replayed later.
 */
public final class ReceiptSignature {
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The default an early version of the repository shipped; an install must never accept it. */
    private static final Set<String> PUBLISHED = Set.of("change-me-vendor-receipt-secret");
    private final SecretKeySpec key;
    private final Duration window;

    public ReceiptSignature(String secret, Duration window) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the receipt secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.window = window;
    }

    /** A fresh random secret: 32 bytes, hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether the secret is one that the repository has made public. */
    public static boolean isPublished(String secret) {
        return PUBLISHED.contains(secret);
    }

    /** How far a request's timestamp may lie from now. */
    public Duration window() {
        return window;
    }

    public String sign(long epochSeconds, String body) {
        return HexFormat.of().formatHex(mac(epochSeconds + "." + body));
    }

    /** Throws {@link InvalidReceiptSignatureException} unless the signature is right and fresh. */
    public void verify(String timestamp, String signature, String body, Instant now) {
        if (timestamp == null || signature == null || body == null) {
            throw new InvalidReceiptSignatureException("timestamp and signature headers are required");
        }
        long seconds;
        byte[] given;
        try {
            seconds = Long.parseLong(timestamp.strip());
            given = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidReceiptSignatureException("timestamp or signature is malformed");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > window.toSeconds()) {
            throw new InvalidReceiptSignatureException("timestamp is outside the accepted window");
        }
        // A constant-time comparison, so response timing reveals nothing about the right signature.
        if (!MessageDigest.isEqual(mac(seconds + "." + body), given)) {
            throw new InvalidReceiptSignatureException("signature does not match");
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
