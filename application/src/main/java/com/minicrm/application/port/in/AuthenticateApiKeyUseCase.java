package com.minicrm.application.port.in;

import java.util.Optional;

/** Tells whether a presented API key is a live one, and which. */
public interface AuthenticateApiKeyUseCase {
    /** The key's name when the key is known and not revoked. */
    Optional<String> authenticate(String presentedKey);
}
