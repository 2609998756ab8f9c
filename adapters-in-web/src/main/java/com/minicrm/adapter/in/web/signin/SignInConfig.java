package com.minicrm.adapter.in.web.signin;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How marketers sign in: with Google when a client is configured, otherwise with the built-in local provider. */
@ConfigMapping(prefix = "crm.sign-in")
public interface SignInConfig {
    Google google();

    Local local();

    /** E-mail domains whose addresses may sign in. */
    Optional<List<String>> allowedEmailDomains();

    /** Single addresses that may sign in, whatever their domain. */
    Optional<List<String>> allowedEmails();

    /** How often a signed-in marketer's last-seen time is written at most. */
    Duration recordEvery();

    /** A session with no request for this long is signed out on the server. */
    Duration idleTimeout();

    /** A Google OAuth client; both values come from the environment. */
    interface Google {
        Optional<String> clientId();

        Optional<String> clientSecret();
    }

    /** The local provider: the issuer URL as the browser reaches it. */
    interface Local {
        String issuer();
    }

    default boolean googleConfigured() {
        return google().clientId().filter(id -> !id.isBlank()).isPresent();
    }
}
