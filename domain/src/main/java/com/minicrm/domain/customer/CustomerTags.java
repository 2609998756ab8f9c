package com.minicrm.domain.customer;

import java.util.Locale;

/** The one place that says how a tag is compared and stored. */
public final class CustomerTags {
    private CustomerTags() {}

    public static String normalise(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
