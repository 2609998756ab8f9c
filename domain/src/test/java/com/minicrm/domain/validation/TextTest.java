package com.minicrm.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void invisibleAndUnicodeSpacesAreBlankButAnyVisibleCharacterIsNot() {
        for (String blank : new String[] {null, "", " \t\n", "\u200B", "\u00A0\u2007\u202F", "\uFEFF\u2060\u200D", "\u3164", "\u2800"}) {
            assertThat(Text.isBlank(blank)).as("%s", blank == null ? null : blank.codePoints().boxed().toList()).isTrue();
        }
        for (String text : new String[] {"a", "\u200Bx", " 1 ", "😀", "\u00E9"}) {
            assertThat(Text.isBlank(text)).as(text).isFalse();
        }
    }

    @Test
    void nulAndUnpairedSurrogatesAreUnsafeWhilePairedOnesAreFine() {
        assertThat(Text.isSafe("plain 😀 text")).isTrue();
        assertThat(Text.isSafe(null)).isTrue();
        assertThat(Text.unsafeAt("ab\u0000", 0, 3)).isEqualTo(2);
        assertThat(Text.unsafeAt("\uD800", 0, 1)).isZero();
        assertThat(Text.unsafeAt("x\uDFFF\uD800", 0, 3)).isEqualTo(1);
        assertThat(Text.unsafeAt("😀\uD83D", 0, 3)).isEqualTo(2);
    }

    @Test
    void aRequiredTextOfZeroWidthSpacesIsMissingAndALoneSurrogateIsNamed() {
        Violations violations = new Violations();
        violations.requireText("objective", "\u200B\u200B", 100);
        violations.requireText("name", "ok\uD800", 100);
        assertThat(violations.asList()).containsExactly(
                new Violation("objective", "is required"), new Violation("name", Text.UNSAFE));
    }

    @Test
    void marksThatDrawNothingAloneAreBlankAndNoncharactersAreUnsafe() {
        for (String blank : new String[] {"\u034F\u034F", "\uFE0F", "\u17B4\u17B5", "\u200B\u034F"}) {
            assertThat(Text.isBlank(blank)).as("%s", blank.codePoints().boxed().toList()).isTrue();
        }
        assertThat(Text.isBlank("e\u0301")).as("a letter with its accent").isFalse();
        assertThat(Text.unsafeAt("ok\uFFFE", 0, 3)).isEqualTo(2);
        assertThat(Text.unsafeAt("\uFDD0", 0, 1)).isZero();
        assertThat(Text.isSafe("\uFFFD replacement is fine")).isTrue();
    }
}
