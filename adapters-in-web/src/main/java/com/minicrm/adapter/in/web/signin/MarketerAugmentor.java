package com.minicrm.adapter.in.web.signin;

import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.in.SignInMarketerUseCase.VerifiedIdentity;
import com.minicrm.application.port.in.marketer.CheckSessionUseCase;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.marketer.Marketer;
import com.minicrm.domain.marketer.MarketerSession;
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
 * (401), exactly as if they had not signed in. A session the server has ended (signed out, or idle
 * too long) counts as nobody signed in, however valid its cookie. API-key identities pass
 * through untouched.
 */
@ApplicationScoped
class MarketerAugmentor implements SecurityIdentityAugmentor {
    private final SignInMarketerUseCase signIn;
    private final CheckSessionUseCase sessions;

    MarketerAugmentor(SignInMarketerUseCase signIn, CheckSessionUseCase sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
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
        String sessionId = MarketerSession.idOf(identity.getCredential(IdTokenCredential.class).getToken());
        return context.runBlocking(() -> {
            if (!sessions.isLive(sessionId, email == null ? "" : email)) {
                // Nobody, rather than a failure: a page then challenges (redirects to sign-in) and an API answers 401.
                return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
            }
            Optional<Marketer> marketer = verified && email != null
                    ? signIn.signIn(new VerifiedIdentity(email, token.getClaim("name"), token.getClaim("picture")))
                    : Optional.empty();
            if (marketer.isEmpty() && api) {
                throw new AuthenticationFailedException("signed in, but not allowed by the sign-in policy");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            marketer.ifPresentOrElse(
                    m -> builder.addRole(MarketerRole.NAME).addRole(ApiKeyScope.READ.value()).addRole(ApiKeyScope.MANAGE.value())
                            .addAttribute(MarketerRole.MARKETER_ATTRIBUTE, m),
                    () -> builder.addAttribute(MarketerRole.REFUSED_EMAIL_ATTRIBUTE, email == null ? "" : email));
            return builder.build();
        });
    }
}
