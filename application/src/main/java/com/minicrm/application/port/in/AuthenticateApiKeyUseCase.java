package com.minicrm.application.port.in;

import com.minicrm.domain.apikey.ApiKeyScope;
import java.util.Optional;
import java.util.Set;

/** Tells whether a presented API key is a live one, which, and what it may do. */
public interface AuthenticateApiKeyUseCase {
    /** A live key's name and scopes. */
    record AuthenticatedKey(String name, Set<ApiKeyScope> scopes) {
        public AuthenticatedKey {
            scopes = Set.copyOf(scopes);
        }
    }

    /** The key's name and scopes when the key is known and not revoked. */
    Optional<AuthenticatedKey> authenticate(String presentedKey);

    /**
     * The scopes of the key set in configuration ({@code CRM_BOOTSTRAP_API_KEY}), if one is: it is never
     * stored, so it cannot be revoked, only removed from the configuration.
     */
    Optional<Set<ApiKeyScope>> configuredKeyScopes();
}
