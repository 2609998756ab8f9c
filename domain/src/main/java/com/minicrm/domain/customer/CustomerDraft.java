package com.minicrm.domain.customer;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.ArrayList;
import com.minicrm.domain.consent.ChannelSubscriptions;
import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customer as a brand sends it. {@code externalId} is the brand's key and the idempotency key:
 * sending the same id again updates the customer. A null field leaves the stored value alone;
 * an empty tag list clears the tags.
 */
public record CustomerDraft(
        String externalId,
        String name,
        String email,
        String phone,
        String city,
        Instant signupAt,
        List<String> tags,
        Map<String, Object> attributes,
        ChannelSubscriptions subscriptions) {

    public static final int MAX_EXTERNAL_ID = 64;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 32;
    public static final int MAX_CITY = 100;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 40;
    public static final int MAX_ATTRIBUTES = 50;
    public static final int MAX_ATTRIBUTE_KEY = 64;
    public static final int MAX_ATTRIBUTES_JSON_CHARS = 4096;

    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{4,31}$");

    public CustomerDraft {
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
        attributes = attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A customer sent without subscriptions: every channel keeps its stored value (subscribed when new). */
    public CustomerDraft(String externalId, String name, String email, String phone, String city, Instant signupAt,
            List<String> tags, Map<String, Object> attributes) {
        this(externalId, name, email, phone, city, signupAt, tags, attributes, null);
    }

    /** Adds every broken rule of this customer to {@code violations}, with fields under {@code path}. */
    public void validate(String path, Violations violations) {
        violations.requireId(path + "externalId", externalId, MAX_EXTERNAL_ID);
        violations.requireText(path + "name", name, MAX_NAME);
        if (violations.maxLength(path + "email", email, MAX_EMAIL) && email != null && !EMAIL.matcher(email).matches()) {
            violations.add(path + "email", "must be a valid e-mail address");
        }
        if (violations.maxLength(path + "phone", phone, MAX_PHONE) && phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(path + "phone", "must be a phone number: digits, spaces, dashes, parentheses, optional leading +");
        }
        violations.maxLength(path + "city", city, MAX_CITY);
        Instants.validate(path + "signupAt", signupAt, violations);
        validateTags(path, violations);
        validateAttributes(path, violations);
        if (subscriptions != null) {
            subscriptions.validate(path, violations);
        }
    }

    private void validateTags(String path, Violations violations) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            violations.add(path + "tags", "must have at most " + MAX_TAGS + " tags");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tagPath = path + "tags[" + i + "]";
            if (!violations.requireText(tagPath, tags.get(i), MAX_TAG)) {
                continue;
            }
            String stored = CustomerTags.normalise(tags.get(i));
            // Lower-casing can lengthen a tag ("İ" becomes two chars), so the limit holds for the stored form.
            if (stored.length() > MAX_TAG) {
                violations.add(tagPath, "must be at most " + MAX_TAG + " characters once lower-cased");
            } else if (!seen.add(stored)) {
                violations.add(tagPath, "is a duplicate tag");
            }
        }
    }

    private void validateAttributes(String path, Violations violations) {
        if (attributes == null) {
            return;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            violations.add(path + "attributes", "must have at most " + MAX_ATTRIBUTES + " keys");
            return;
        }
        attributes.forEach((key, value) -> {
            if (violations.requireText(path + "attributes." + key, key, MAX_ATTRIBUTE_KEY)) {
                AttributeNumbers.check(path + "attributes." + key, value, violations);
            }
        });
        if (String.valueOf(attributes).length() > MAX_ATTRIBUTES_JSON_CHARS) {
            violations.add(path + "attributes", "must be at most " + MAX_ATTRIBUTES_JSON_CHARS + " characters");
        }
    }

    /**
     * This draft followed by a later one for the same customer, as storing both in turn would
     * leave it: the later draft's fields win where present, the earlier ones stay where not.
     */
    public CustomerDraft followedBy(CustomerDraft later) {
        return new CustomerDraft(
                later.externalId,
                later.name != null ? later.name : name,
                later.email != null ? later.email : email,
                later.phone != null ? later.phone : phone,
                later.city != null ? later.city : city,
                later.signupAt != null ? later.signupAt : signupAt,
                later.tags != null ? later.tags : tags,
                later.attributes != null ? later.attributes : attributes,
                subscriptions == null ? later.subscriptions : subscriptions.followedBy(later.subscriptions));
    }

    /** The tags as stored: trimmed and lower-cased, so {@code VIP} and {@code vip} are one tag. */
    public List<String> normalisedTags() {
        return tags == null ? null : tags.stream().map(CustomerTags::normalise).toList();
    }
}
