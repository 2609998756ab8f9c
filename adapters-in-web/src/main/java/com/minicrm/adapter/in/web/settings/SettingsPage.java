package com.minicrm.adapter.in.web.settings;

import com.minicrm.adapter.in.web.consent.SendingRulesView;
import com.minicrm.adapter.in.web.layout.ErrorPage;
import com.minicrm.adapter.in.web.signin.MarketerPage;
import com.minicrm.adapter.in.web.signin.SignInConfig;
import com.minicrm.adapter.in.web.signin.SignedIn;
import com.minicrm.application.port.in.AuthenticateApiKeyUseCase;
import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.application.port.in.ManageApiKeysUseCase.IssuedKey;
import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.in.consent.ReadSendingRulesUseCase;
import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.marketer.Marketer;
import com.minicrm.domain.marketer.SignInPolicy;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** API keys (issue: shown once; list; revoke), who may sign in, and who has. */
@Path("/settings")
@MarketerPage
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {
    private static final int RECENT_MARKETERS = 20;
    /** What the form offers for a new key: the least that a brand's sync needs. */
    private static final Set<ApiKeyScope> NEW_KEY_SCOPES = Set.of(ApiKeyScope.INGEST);
    private final ManageApiKeysUseCase keys;
    private final SignInMarketerUseCase signIn;
    private final SignedIn me;
    private final SignInConfig config;
    private final AuthenticateApiKeyUseCase authenticate;
    private final ReadSendingRulesUseCase sendingRules;

    SettingsPage(ManageApiKeysUseCase keys, SignInMarketerUseCase signIn, SignedIn me, SignInConfig config,
            AuthenticateApiKeyUseCase authenticate, ReadSendingRulesUseCase sendingRules) {
        this.sendingRules = sendingRules;
        this.authenticate = authenticate;
        this.keys = keys;
        this.signIn = signIn;
        this.me = me;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<ApiKey> keys, IssuedKey issued, String error, String name,
                List<ApiKeyScope> allScopes, Set<ApiKeyScope> scopes, SignInPolicy policy, List<Marketer> marketers,
                boolean googleSignIn, List<ApiKeyScope> bootstrapScopes, SendingRulesView sending);
    }

    @GET
    public TemplateInstance page() {
        return render(null, null, "", NEW_KEY_SCOPES);
    }

    @POST
    @Path("api-keys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("name") String name, @FormParam("scopes") List<String> scopeNames) {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        if (scopeNames == null || scopeNames.isEmpty()) {
            // The form starts with ingest ticked; a marketer who unticked everything meant something, so ask.
            return Response.status(422).entity(render(null, "Tick at least one scope for the key.", nameOrBlank(name),
                    NEW_KEY_SCOPES)).build();
        }
        for (String scopeName : scopeNames) {
            Optional<ApiKeyScope> scope = ApiKeyScope.fromValue(scopeName);
            if (scope.isEmpty()) {
                return Response.status(422).entity(render(null, "Unknown scope; pick ingest, read or manage.", nameOrBlank(name),
                        NEW_KEY_SCOPES)).build();
            }
            scopes.add(scope.get());
        }
        try {
            IssuedKey issued = keys.issue(name, scopes, me.email());
            return Response.status(201).entity(render(issued, null, "", NEW_KEY_SCOPES)).build();
        } catch (InvalidInputException e) {
            String message = e.violations().stream().map(Violation::message).collect(Collectors.joining("; "));
            return Response.status(422).entity(render(null, "Key name " + message + ".", nameOrBlank(name),
                    scopes.isEmpty() ? NEW_KEY_SCOPES : scopes)).build();
        }
    }

    private static String nameOrBlank(String name) {
        return name == null ? "" : name;
    }

    @POST
    @Path("api-keys/{id: \\d+}/revoke")
    public Response revoke(@PathParam("id") long id) {
        try {
            keys.revoke(id);
            return Response.seeOther(URI.create("/settings#api-keys")).build();
        } catch (InvalidInputException e) {
            return Response.status(404).entity(render(null, "That key does not exist.", "", NEW_KEY_SCOPES)).build();
        }
    }

    private TemplateInstance render(IssuedKey issued, String error, String name, Set<ApiKeyScope> scopes) {
        return Templates.settings(keys.list(), issued, error, name, List.of(ApiKeyScope.values()), scopes, signIn.policy(),
                signIn.recentlySeen(RECENT_MARKETERS), config.googleConfigured(),
                authenticate.configuredKeyScopes().map(s -> s.stream().sorted().toList()).orElse(null),
                SendingRulesView.of(sendingRules.frequencyCap(), sendingRules.quietHours()));
    }

    @ServerExceptionMapper
    Response failed(RuntimeException e) {
        return ErrorPage.of(e);
    }
}
