package com.minicrm.domain.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The vendor's proof that a receipt is genuine and fresh: hex HMAC-SHA256 of
 * {@code timestamp + "." + body} under a shared secret. The timestamp (epoch seconds) must lie
 * within a window around now, so a captured request cannot be replayed later.
 *
 * <p>HMAC is spelled out over {@link MessageDigest} (RFC 2104) because the domain depends on
 * {@code java.*} only; the known-answer test pins it to the standard construction.
 */
public final class ReceiptSignature {
    private static final int BLOCK = 64;
    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];
    private final Duration window;

    public ReceiptSignature(String secret, Duration window) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the receipt secret needs at least 16 characters");
        }
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length > BLOCK) {
            key = sha256().digest(key);
        }
        byte[] block = Arrays.copyOf(key, BLOCK);
        for (int i = 0; i < BLOCK; i++) {
            innerPad[i] = (byte) (block[i] ^ 0x36);
            outerPad[i] = (byte) (block[i] ^ 0x5c);
        }
        this.window = window;
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
        MessageDigest inner = sha256();
        inner.update(innerPad);
        byte[] innerHash = inner.digest(payload.getBytes(StandardCharsets.UTF_8));
        MessageDigest outer = sha256();
        outer.update(outerPad);
        return outer.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
