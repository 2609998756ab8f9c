package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structure announced up front becomes parentheses before precedence is applied. */
class GroupShapeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pune only: vip or loyal | pune only , ( vip or loyal )
            either vip or loyal, and in Pune | ( vip or loyal ) , and in pune
            vip or loyal, but only in Pune | ( vip or loyal ) , but only in pune
            vip or loyal, or in Pune | vip or loyal , or in pune
            any of: vip, loyal | ( vip or loyal )
            two groups: (a) vip in Pune, (b) loyal in Delhi | vip in pune or loyal in delhi
            """)
    void writesTheAnnouncedGroups(String text, String shaped) {
        assertThat(String.join(" ", GroupShape.apply(Tokenizer.tokens(text)))).isEqualTo(shaped);
    }
}
