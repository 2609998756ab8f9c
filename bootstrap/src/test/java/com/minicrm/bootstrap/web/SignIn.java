package com.minicrm.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Signs in through the real authorization-code flow: the app redirects to its local OIDC provider,
 * the person types a name and address on its sign-in page, the provider redirects back with a code,
 * and Quarkus OIDC redeems it for a signed ID token before showing the page first asked for.
 */
public final class SignIn {
    public static final String MARKETER_NAME = "Asha Rao";
    public static final String MARKETER_EMAIL = "asha.rao@example.com";

    private SignIn() {}

    /** Signs in as the standard test marketer and lands on {@code path}. */
    public static void asMarketer(Browser browser, String path) {
        as(browser, path, MARKETER_NAME, MARKETER_EMAIL);
        assertThat(browser.path()).as("back on the page asked for after sign-in").startsWith(path);
    }

    /** Opens {@code path}, which sends the browser to sign in, and signs in as the given person. */
    public static void as(Browser browser, String path, String name, String email) {
        browser.open(path);
        fillIn(browser, name, email);
        browser.waitUntil(d -> !browser.path().startsWith("/local-oidc/"));
    }

    /** Completes the sign-in page the browser is on. */
    public static void fillIn(Browser browser, String name, String email) {
        WebElement nameField = browser.waitFor(By.id("name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement emailField = browser.find(By.id("email"));
        emailField.clear();
        emailField.sendKeys(email);
        browser.find(By.id("sign-in")).click();
    }

    /** Presses the sign-out button in the top bar. */
    public static void out(Browser browser) {
        browser.find(By.cssSelector(".usermenu button[type=submit]")).click();
        browser.waitUntil(d -> browser.path().startsWith("/sign-out/done"));
    }
}
