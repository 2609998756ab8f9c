package com.minicrm.domain.marketer;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may sign in: anyone whose verified e-mail address is listed, or whose domain is. With
 * neither list set nobody may, so a fresh install is closed rather than open to every account.
 */
public record SignInPolicy(Set<String> domains, Set<String> emails) {
    public SignInPolicy {
        domains = normalised(domains, true);
        emails = normalised(emails, false);
    }

    public static SignInPolicy of(Collection<String> domains, Collection<String> emails) {
        return new SignInPolicy(Set.copyOf(domains), Set.copyOf(emails));
    }

    public boolean permits(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        return emails.contains(address) || domains.contains(address.substring(at + 1));
    }

    private static Set<String> normalised(Collection<String> values, boolean domain) {
        Set<String> out = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
                if (domain && v.startsWith("@")) {
                    v = v.substring(1);
                }
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return Set.copyOf(out);
    }
}
