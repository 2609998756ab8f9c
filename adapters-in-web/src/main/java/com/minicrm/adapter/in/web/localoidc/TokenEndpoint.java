package com.minicrm.adapter.in.web.localoidc;

import com.minicrm.adapter.in.web.signin.SignInConfig;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The local provider's token endpoint (RFC 6749 §4.1.3): exchanges a code for an RS256-signed ID
 * token. It is a plain route, not a JAX-RS resource, because the app's client calls it server to
 * server with a form body and no browser cookies, which the pages' CSRF filter would refuse.
 */
@ApplicationScoped
class TokenEndpoint {
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private final SignInConfig config;
    private final LocalOidcClient client;
    private final AuthorizationCodes codes;

    TokenEndpoint(SignInConfig config, LocalOidcClient client, AuthorizationCodes codes) {
        this.config = config;
        this.client = client;
        this.codes = codes;
    }

    void register(@Observes Router router) {
        router.post("/local-oidc/token").handler(BodyHandler.create().setBodyLimit(16 * 1024)).handler(this::token);
    }

    private void token(RoutingContext context) {
        if (config.googleConfigured()) {
            context.response().setStatusCode(404).end();
            return;
        }
        MultiMap form = context.request().formAttributes();
        if (!authenticated(context, form)) {
            error(context, 401, "invalid_client");
            return;
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            error(context, 400, "unsupported_grant_type");
            return;
        }
        var grant = codes.redeem(form.get("code")).orElse(null);
        if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !pkceHolds(grant.codeChallenge(), form.get("code_verifier"))) {
            error(context, 400, "invalid_grant");
            return;
        }
        Instant now = Instant.now();
        String email = grant.email().toLowerCase(Locale.ROOT);
        String subject = "local-" + HexFormat.of().formatHex(sha256(email)).substring(0, 24);
        var claims = Jwt.issuer(config.local().issuer())
                .subject(subject)
                .audience(LocalOidcClient.CLIENT_ID)
                .issuedAt(now)
                .expiresAt(now.plus(TOKEN_LIFETIME))
                .claim("email", email)
                .claim("email_verified", true)
                .claim("name", grant.name());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        String idToken = claims.jws().keyId(client.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(client.keys().getPrivate());
        String accessToken = Jwt.issuer(config.local().issuer()).subject(subject).audience(LocalOidcClient.CLIENT_ID)
                .issuedAt(now).expiresAt(now.plus(TOKEN_LIFETIME)).claim("scope", "openid email profile")
                .jws().keyId(client.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(client.keys().getPrivate());
        JsonObject body = new JsonObject()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", TOKEN_LIFETIME.toSeconds())
                .put("scope", "openid email profile")
                .put("id_token", idToken);
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }

    /** client_secret_basic or client_secret_post, as the discovery document offers. */
    private boolean authenticated(RoutingContext context, MultiMap form) {
        String header = context.request().getHeader("Authorization");
        String id;
        String secret;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return false;
            }
            id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        } else {
            id = form.get("client_id");
            secret = form.get("client_secret");
        }
        return LocalOidcClient.CLIENT_ID.equals(id) && secret != null
                && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), client.secret().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean pkceHolds(String challenge, String verifier) {
        if (challenge == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void error(RoutingContext context, int status, String error) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(new JsonObject().put("error", error).encode());
    }
}
