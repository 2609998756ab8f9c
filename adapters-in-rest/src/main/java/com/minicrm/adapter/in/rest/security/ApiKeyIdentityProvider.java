package com.minicrm.adapter.in.rest.security;

import com.minicrm.application.port.in.AuthenticateApiKeyUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a valid API key into an identity holding one role per scope of the key. */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    /** Names an API-key identity: {@code api-key:<key name>}. */
    static final String PRINCIPAL_PREFIX = "api-key:";
    private final AuthenticateApiKeyUseCase keys;

    ApiKeyIdentityProvider(AuthenticateApiKeyUseCase keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // The look-up may reach the database on a cache miss, so it runs off the event loop.
        return context.runBlocking(() -> keys.authenticate(request.key())
                .map(key -> {
                    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(PRINCIPAL_PREFIX + key.name()));
                    key.scopes().stream().map(ApiKeyScope::value).forEach(identity::addRole);
                    return (SecurityIdentity) identity.build();
                })
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key")));
    }
}
