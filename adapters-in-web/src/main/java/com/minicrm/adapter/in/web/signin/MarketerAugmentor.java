package com.minicrm.adapter.in.web.signin;

import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.in.SignInMarketerUseCase.VerifiedIdentity;
import com.minicrm.domain.marketer.Marketer;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives a person signed in through OIDC the marketer role when the sign-in policy allows their
 * verified address, and records them. Anyone else keeps an identity without the role on pages, so
 * a page can say they are not allowed, while on the JSON APIs their session counts for nothing
 * (401), exactly as if they had not signed in. API-key identities pass through untouched.
 */
@ApplicationScoped
class MarketerAugmentor implements SecurityIdentityAugmentor {
    private final SignInMarketerUseCase signIn;

    MarketerAugmentor(SignInMarketerUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String email = token.getClaim("email");
        boolean verified = "true".equals(String.valueOf((Object) token.getClaim("email_verified")));
        boolean api = attributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE) instanceof RoutingContext routing
                && routing.normalizedPath().startsWith("/api/");
        return context.runBlocking(() -> {
            Optional<Marketer> marketer = verified && email != null
                    ? signIn.signIn(new VerifiedIdentity(email, token.getClaim("name"), token.getClaim("picture")))
                    : Optional.empty();
            if (marketer.isEmpty() && api) {
                throw new AuthenticationFailedException("signed in, but not allowed by the sign-in policy");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            marketer.ifPresentOrElse(
                    m -> builder.addRole(MarketerRole.NAME).addAttribute(MarketerRole.MARKETER_ATTRIBUTE, m),
                    () -> builder.addAttribute(MarketerRole.REFUSED_EMAIL_ATTRIBUTE, email == null ? "" : email));
            return builder.build();
        });
    }
}
