package com.minicrm.adapter.in.web.localoidc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * What the local provider and its one client, this app, share: the client secret and the RSA key
 * that signs ID tokens. Both are made fresh at every start and never leave memory, so a restart
 * signs everyone out, as rotating keys at a real provider would.
 */
@ApplicationScoped
public class LocalOidcClient {
    public static final String CLIENT_ID = "mini-crm";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private final String secret;
    private final KeyPair keys;
    private final String keyId;

    public LocalOidcClient() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.secret = URL.encodeToString(bytes);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has RSA", e);
        }
        byte[] id = new byte[8];
        random.nextBytes(id);
        this.keyId = URL.encodeToString(id);
    }

    public String secret() {
        return secret;
    }

    KeyPair keys() {
        return keys;
    }

    String keyId() {
        return keyId;
    }

    /** The public key as a JSON Web Key (RFC 7517), for the JWKS endpoint. */
    java.util.Map<String, String> publicJwk() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return java.util.Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", keyId,
                "n", URL.encodeToString(unsigned(key.getModulus().toByteArray())),
                "e", URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    private static byte[] unsigned(byte[] twosComplement) {
        if (twosComplement.length > 1 && twosComplement[0] == 0) {
            return java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length);
        }
        return twosComplement;
    }
}
