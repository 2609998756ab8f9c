package com.minicrm.adapter.in.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void countsAreGroupedTheIndianWayInLakhsAndCrores() {
        assertThat(Formats.grouped(0)).isEqualTo("0");
        assertThat(Formats.grouped(999)).isEqualTo("999");
        assertThat(Formats.grouped(1_000)).isEqualTo("1,000");
        assertThat(Formats.grouped(12_345)).isEqualTo("12,345");
        assertThat(Formats.grouped(208_920)).isEqualTo("2,08,920");
        assertThat(Formats.grouped(1_234_567)).isEqualTo("12,34,567");
        assertThat(Formats.grouped(123_456_789L)).isEqualTo("12,34,56,789");
        assertThat(Formats.grouped(-1_500)).isEqualTo("-1,500");
    }

    @Test
    void rupeesAreRoundedToWholeRupees() {
        assertThat(Formats.inr(new BigDecimal("249999.50"))).isEqualTo("₹2,50,000");
        assertThat(Formats.inr(null)).isEqualTo("₹0");
    }
}
