package com.minicrm.adapter.in.web.signin;

import com.minicrm.domain.marketer.Marketer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;

/** The person behind the current request, as templates show them ({@code inject:me}). */
@Named("me")
@RequestScoped
public class SignedIn {
    private final SecurityIdentity identity;

    SignedIn(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Marketer> marketer() {
        return Optional.ofNullable(attribute(MarketerRole.MARKETER_ATTRIBUTE));
    }

    public boolean isMarketer() {
        return marketer().isPresent();
    }

    /** The e-mail address the campaign and API-key records name as creator. */
    public String email() {
        return marketer().map(Marketer::email).orElse(refusedEmail());
    }

    public String name() {
        return marketer().map(Marketer::name).orElse(email());
    }

    public String pictureUrl() {
        return marketer().map(Marketer::pictureUrl).orElse(null);
    }

    /** One or two letters for the avatar when there is no picture. */
    public String initials() {
        String[] words = name().strip().split("[\\s@._-]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && out.length() < 2) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The address of someone signed in whom the policy does not allow; empty otherwise. */
    public String refusedEmail() {
        String refused = attribute(MarketerRole.REFUSED_EMAIL_ATTRIBUTE);
        return refused == null ? "" : refused;
    }

    /** Reading the identity may run authentication; a failed one reads as nobody signed in. */
    private <T> T attribute(String name) {
        try {
            return identity.getAttribute(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
