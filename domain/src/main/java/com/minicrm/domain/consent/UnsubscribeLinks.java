package com.minicrm.domain.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The public unsubscribe links e-mails carry: {@code <base>/unsubscribe/<campaign>.<customer>.<signature>},
 * where the signature is the unpadded base64url HMAC-SHA256 of both ids under a secret only the app
 * holds. Anyone may open a link, so the signature is all that stops a stranger from unsubscribing
 * someone else: a link whose ids, signature or length were changed in any way is not one.
 */
public final class UnsubscribeLinks {
    public static final String PATH = "/unsubscribe/";
    /** What a preview shows: the shape of a link that opens no one's subscription. */
    public static final String SAMPLE_TOKEN = "sample-link-each-customer-gets-their-own";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET = 32;
    private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,17})\\.([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final String baseUrl;

    public UnsubscribeLinks(String secret, String baseUrl) {
        if (secret == null || secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException("the unsubscribe secret needs at least " + MIN_SECRET + " characters");
        }
        if (baseUrl == null || !(baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("the public URL must start with https:// or http://, got " + baseUrl);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A fresh random secret: 32 bytes, hex. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The link one customer's e-mail of one campaign carries. */
    public String url(long campaignId, long customerId) {
        return baseUrl + PATH + token(campaignId, customerId);
    }

    /** The last path segment of that link. */
    public String token(long campaignId, long customerId) {
        if (campaignId <= 0 || customerId <= 0) {
            throw new IllegalArgumentException("ids are positive");
        }
        return campaignId + "." + customerId + "." + signature(campaignId, customerId);
    }

    private String signature(long campaignId, long customerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(campaignId, customerId));
    }

    /** A link of the right shape that unsubscribes no one, for previews and test sends. */
    public String sampleUrl() {
        return baseUrl + PATH + SAMPLE_TOKEN;
    }

    /** The customer and campaign a genuine token names; empty for anything forged, altered or cut short. */
    public Optional<UnsubscribeToken> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        long campaignId = Long.parseLong(m.group(1));
        long customerId = Long.parseLong(m.group(2));
        // The encoded forms are compared, not the decoded bytes: the last base64 character carries two
        // spare bits a decoder ignores, and a changed character must never pass. Constant time, so
        // response timing tells nothing about the right signature.
        byte[] expected = signature(campaignId, customerId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(new UnsubscribeToken(campaignId, customerId)) : Optional.empty();
    }

    private byte[] mac(long campaignId, long customerId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("unsubscribe/v1/" + campaignId + "/" + customerId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
