package com.minicrm.adapter.in.web.localoidc;

import com.minicrm.adapter.in.web.signin.SignInConfig;
import com.minicrm.adapter.in.web.signin.SignInTenant;
import com.minicrm.domain.validation.Text;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small OpenID Connect provider inside the app, serving when no Google client is configured, so a
 * newcomer signs in without Google or internet. It is faithful where the app's OIDC client looks:
 * discovery, an authorization endpoint with a sign-in page, a token endpoint ({@link TokenEndpoint})
 * issuing RS256 ID tokens, and the JWKS to check them. It does not check passwords: whoever runs the
 * app locally says who they are, and the allowed-domains policy still applies.
 */
@Path("/local-oidc")
@PermitAll
public class LocalOidcProvider {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private final SignInConfig config;
    private final LocalOidcClient client;
    private final AuthorizationCodes codes;

    LocalOidcProvider(SignInConfig config, LocalOidcClient client, AuthorizationCodes codes) {
        this.config = config;
        this.client = client;
        this.codes = codes;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(AuthorizationRequest request, String name, String email, String error);

        static native TemplateInstance badRequest(String reason);
    }

    /** The OIDC authorization request's parameters, carried through the sign-in form unchanged. */
    public record AuthorizationRequest(String clientId, String redirectUri, String state, String nonce,
            String codeChallenge, String codeChallengeMethod) {}

    @GET
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> discovery() {
        requireEnabled();
        String issuer = config.local().issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "email", "profile"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("claims_supported", List.of("iss", "sub", "aud", "exp", "iat", "nonce", "email", "email_verified", "name"));
        return document;
    }

    @GET
    @Path("/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> jwks() {
        requireEnabled();
        return Map.of("keys", List.of(client.publicJwk()));
    }

    @GET
    @Path("/authorize")
    @Produces(MediaType.TEXT_HTML)
    public Response authorize(@QueryParam("response_type") String responseType, @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state,
            @QueryParam("nonce") String nonce, @QueryParam("code_challenge") String codeChallenge,
            @QueryParam("code_challenge_method") String codeChallengeMethod) {
        requireEnabled();
        AuthorizationRequest request = new AuthorizationRequest(clientId, redirectUri, state, nonce, codeChallenge,
                codeChallengeMethod);
        String problem = !"code".equals(responseType) ? "Only the authorization-code flow (response_type=code) is supported."
                : problemWith(request);
        if (problem != null) {
            return Response.status(400).entity(Templates.badRequest(problem)).build();
        }
        return Response.ok(Templates.signIn(request, "", "", null)).build();
    }

    @POST
    @Path("/authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
            @FormParam("state") String state, @FormParam("nonce") String nonce,
            @FormParam("code_challenge") String codeChallenge, @FormParam("code_challenge_method") String codeChallengeMethod,
            @FormParam("name") String name, @FormParam("email") String email) {
        requireEnabled();
        AuthorizationRequest request = new AuthorizationRequest(clientId, redirectUri, state, nonce, codeChallenge,
                codeChallengeMethod);
        String problem = problemWith(request);
        if (problem != null) {
            return Response.status(400).entity(Templates.badRequest(problem)).build();
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        String error = Text.isBlank(cleanName) || !Text.isSafe(cleanName) || cleanName.length() > 100
                ? "Enter your name (up to 100 characters)."
                : !EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 254 ? "Enter a valid e-mail address."
                : null;
        if (error != null) {
            return Response.status(422).entity(Templates.signIn(request, cleanName, cleanEmail, error)).build();
        }
        String code = codes.issue(redirectUri, cleanEmail, cleanName, blankToNull(nonce), blankToNull(codeChallenge));
        UriBuilder back = UriBuilder.fromUri(redirectUri).queryParam("code", code);
        if (state != null && !state.isEmpty()) {
            back.queryParam("state", state);
        }
        return Response.seeOther(back.build()).build();
    }

    /** What is wrong with an authorization request, or null; never redirects to an unchecked address. */
    private String problemWith(AuthorizationRequest request) {
        if (!LocalOidcClient.CLIENT_ID.equals(request.clientId())) {
            return "Unknown client_id.";
        }
        if (request.codeChallenge() != null && !request.codeChallenge().isEmpty()
                && !"S256".equals(request.codeChallengeMethod())) {
            return "Only the S256 code challenge method is supported.";
        }
        return isOurCallback(request.redirectUri()) ? null : "The redirect_uri must be this app's sign-in callback.";
    }

    /** Exactly this app's callback: same origin and the callback path itself, so no "..", query or fragment leads elsewhere. */
    private boolean isOurCallback(String redirectUri) {
        try {
            URI target = URI.create(redirectUri == null ? "" : redirectUri);
            URI issuer = URI.create(config.local().issuer());
            return target.getScheme() != null && target.getScheme().equals(issuer.getScheme())
                    && target.getHost() != null && target.getHost().equals(issuer.getHost())
                    && target.getPort() == issuer.getPort()
                    && SignInTenant.CALLBACK_PATH.equals(target.getRawPath())
                    && target.getRawQuery() == null && target.getRawFragment() == null && target.getRawUserInfo() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void requireEnabled() {
        if (config.googleConfigured()) {
            throw new NotFoundException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
