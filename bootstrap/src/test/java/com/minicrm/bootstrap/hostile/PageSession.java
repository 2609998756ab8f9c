package com.minicrm.bootstrap.hostile;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A marketer signed in to the pages through the app's local OIDC provider, driven without a browser. */
final class PageSession {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base = "http://localhost:" + RestAssured.port;

    /** Signs in: the first page sends us to the sign-in form, whose post redirects back signed in. */
    static PageSession signIn() throws IOException, InterruptedException {
        PageSession session = new PageSession();
        HttpResponse<String> form = session.get("/");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("name", "Hostile Tester");
        fields.put("email", "hostile.tester@example.com");
        String body = encoded(fields);
        HttpResponse<String> landed = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/local-oidc/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || landed.uri().getPath().startsWith("/local-oidc")) {
            throw new IllegalStateException("sign-in did not land on the dashboard: " + landed.statusCode() + " " + landed.uri());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the page would, with the CSRF token from its cookie (a page must have been read first). */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("csrf-token")).findFirst()
                .ifPresent(c -> all.put("csrf-token", c.getValue()));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(all))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
