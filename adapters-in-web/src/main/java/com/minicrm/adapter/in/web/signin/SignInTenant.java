package com.minicrm.adapter.in.web.signin;

import com.minicrm.adapter.in.web.localoidc.LocalOidcClient;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.Provider;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The one OIDC tenant the pages use, chosen once at start: Google ({@code provider=google}) when
 * {@code CRM_GOOGLE_CLIENT_ID} is set, otherwise the app's own local provider. It is built here
 * rather than in application.properties because the local provider lives in this very app: a
 * tenant resolved per request is created lazily, after the HTTP server is up, so discovery works.
 */
@ApplicationScoped
public class SignInTenant implements TenantConfigResolver {
    public static final String CALLBACK_PATH = "/sign-in/callback";
    private static final Logger LOG = Logger.getLogger(SignInTenant.class);
    private final OidcTenantConfig tenant;

    @Inject
    SignInTenant(SignInConfig config, LocalOidcClient local) {
        this.tenant = config.googleConfigured() ? google(config) : local(config, local);
        LOG.infof("Marketers sign in with %s", config.googleConfigured() ? "Google" : "the local sign-in at " + config.local().issuer());
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        return Uni.createFrom().item(tenant);
    }

    private static OidcTenantConfig google(SignInConfig config) {
        return common(OidcTenantConfig.builder().tenantId("google").provider(Provider.GOOGLE))
                .clientId(config.google().clientId().orElseThrow())
                .credentials(config.google().clientSecret().orElse(""))
                .build();
    }

    private static OidcTenantConfig local(SignInConfig config, LocalOidcClient local) {
        return common(OidcTenantConfig.builder().tenantId("local").authServerUrl(config.local().issuer()))
                .applicationType(ApplicationType.WEB_APP)
                .clientId(LocalOidcClient.CLIENT_ID)
                .credentials(local.secret())
                .authentication().scopes("email", "profile").end()
                .build();
    }

    private static io.quarkus.oidc.OidcTenantConfigBuilder common(io.quarkus.oidc.OidcTenantConfigBuilder builder) {
        return builder
                .token().principalClaim("email").end()
                .authentication()
                    .redirectPath(CALLBACK_PATH)
                    .restorePathAfterRedirect(true)
                    // API and htmx calls get a status, never a redirect to the sign-in page (see ScriptRequests)
                    .javaScriptAutoRedirect(false)
                    .end();
    }
}
