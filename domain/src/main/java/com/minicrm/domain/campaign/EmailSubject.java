package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Text;
import com.minicrm.domain.validation.Violations;

/**
 * The subject line of an e-mail: a one-line template with the message's placeholders and fallbacks.
 * Only e-mail has one; an e-mail campaign without its own subject is sent with the campaign's name, so
 * API clients written before subjects existed keep working.
 */
public final class EmailSubject {
    public static final int MAX_LENGTH = 200;
    static final String FIELD = "subject";

    private EmailSubject() {}

    /** The subject to store: null when there is none (the name stands in for e-mail); a violation when it does not fit the channel. */
    public static MessageTemplate check(String subject, Channel channel, Violations violations) {
        if (subject == null || Text.isBlank(subject)) {
            return null;
        }
        if (channel != null && channel != Channel.EMAIL) {
            violations.add(FIELD, "only e-mail campaigns have a subject; leave it out for " + channel);
            return null;
        }
        try {
            MessageTemplate parsed = MessageTemplate.parse(FIELD, subject, MAX_LENGTH);
            if (parsed.uses(Placeholder.UNSUBSCRIBE_URL)) {
                violations.add(FIELD, "{{unsubscribe_url}} belongs in the message, not in the subject");
                return null;
            }
            return parsed;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
            return null;
        }
    }

    /** The subject one customer's e-mail carries: the template rendered for them, or the campaign name without one. */
    public static String render(MessageTemplate subject, String campaignName, CustomerProfile customer) {
        return subject == null ? campaignName : subject.render(customer);
    }
}
