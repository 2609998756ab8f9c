package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typing slips one edit from a known word are mended; anything else is left as typed. */
class SpellingTest {
    private final Spelling spelling = new Spelling(Set.of("jaipur", "wholesale", "shopper"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"custmers, customers", "cusotmers, customers", "orderd, ordered", "jiapur, jaipur", "wholsale, wholesale",
            "shopers, shoppers", "inactve, inactive", "customers, customers", "rohan, rohan", "kumar, kumar", "xy, xy", "like, like", "seen, seen", "mark, mark"})
    void mendsOnlyClearSlips(String typed, String meant) {
        assertThat(spelling.mend(List.of(typed))).containsExactly(meant);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"ab, abc", "abc, acb", "abcd, abd", "abc, abd"})
    void oneEditIsAnInsertionDeletionChangeOrSwap(String a, String b) {
        assertThat(Spelling.oneEdit(a, b)).isTrue();
        assertThat(Spelling.oneEdit(a, a)).isFalse();
        assertThat(Spelling.oneEdit(a, b + "zz")).isFalse();
    }
}
