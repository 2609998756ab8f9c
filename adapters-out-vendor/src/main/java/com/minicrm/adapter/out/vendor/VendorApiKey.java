package com.minicrm.adapter.out.vendor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The key the CRM shows its messaging vendor on every send, as real vendors require. The built-in
 * simulator accepts only this key, so nobody outside can make it send, or sign receipts, for them.
 */
public record VendorApiKey(String value) {
    public VendorApiKey {
        if (value == null || value.length() < 16) {
            throw new IllegalArgumentException("the vendor API key needs at least 16 characters");
        }
    }

    public String authorization() {
        return "Bearer " + value;
    }

    /** A constant-time comparison with a presented Authorization header. */
    public boolean isPresentedIn(String authorization) {
        return authorization != null
                && MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), authorization().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "VendorApiKey[hidden]";
    }
}
