package com.minicrm.bootstrap.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The builder's rule blocks as a marketer works them: groups, conditions, their buttons and values. */
final class Blocks {
    private final Browser browser;

    Blocks(Browser browser) {
        this.browser = browser;
    }

    String rootId() {
        return browser.waitFor(By.cssSelector(".rb-root")).getAttribute("data-node");
    }

    WebElement node(String id) {
        return browser.find(By.cssSelector("[data-node='" + id + "']"));
    }

    List<String> conditionIds(String groupId) {
        return node(groupId).findElements(By.cssSelector(":scope > ol > li > .rb-condition-box")).stream()
                .map(e -> e.getAttribute("data-node")).toList();
    }

    List<String> childIds(String groupId) {
        return node(groupId).findElements(By.cssSelector(":scope > ol > li")).stream()
                .map(e -> e.getAttribute("data-id")).toList();
    }

    String lastGroupId(String groupId) {
        List<WebElement> groups = node(groupId).findElements(By.cssSelector(":scope > ol > li > .rb-group"));
        return groups.get(groups.size() - 1).getAttribute("data-node");
    }

    WebElement groupButton(String groupId, String action) {
        return node(groupId).findElement(By.cssSelector(":scope > .rb-group-head [data-action='" + action + "']"));
    }

    WebElement groupFootButton(String groupId, String action) {
        return node(groupId).findElement(By.cssSelector(":scope > .rb-group-foot [data-action='" + action + "']"));
    }

    WebElement valueInput(String conditionId) {
        return node(conditionId).findElement(By.cssSelector("[data-action=value]"));
    }

    /** Adds a condition at the end of the group and returns its id. */
    String addCondition(String groupId, String field, String operator, String value) {
        click(groupFootButton(groupId, "add-condition"));
        List<String> ids = conditionIds(groupId);
        String id = ids.get(ids.size() - 1);
        set(id, field, operator, value);
        return id;
    }

    /** Picks the field and comparison from their menus, then types the value, as a marketer would. */
    void set(String id, String field, String operator, String value) {
        new Select(node(id).findElement(By.cssSelector("select[data-action=field]"))).selectByValue(field);
        new Select(node(id).findElement(By.cssSelector("select[data-action=operator]"))).selectByValue(operator);
        WebElement input = valueInput(id);
        input.clear();
        input.sendKeys(value);
    }

    /** The audience count once the preview of the current rules has answered. */
    long settledCount() {
        browser.waitUntil(d -> {
            WebElement count = browser.find(By.id("audience-count"));
            return !count.getAttribute("class").contains("is-stale") && !count.getAttribute("data-count").isEmpty();
        });
        return Long.parseLong(browser.find(By.id("audience-count")).getAttribute("data-count"));
    }

    void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
