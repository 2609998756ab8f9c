package com.minicrm.bootstrap.web;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;

/**
 * Base of the browser tests: one headless Chromium per test class, signed out before each test,
 * pointed at the app under test (at localhost, the host the local OIDC provider issues for).
 */
public abstract class BrowserTest {
    private static Browser shared;

    @TestHTTPResource("/")
    URL root;

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        if (shared == null) {
            String base = root.toString();
            shared = new Browser(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        }
        browser = shared;
        browser.laptop();
        browser.open("/sign-out/done");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** The browser's cookies as a Cookie header, to call the API with the browser's session. */
    protected String cookieHeader() {
        return browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    protected String cookie(String name) {
        Cookie cookie = browser.driver().manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }
}
