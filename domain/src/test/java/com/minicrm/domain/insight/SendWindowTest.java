package com.minicrm.domain.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The best window is the busiest run of three hours within one day. */
class SendWindowTest {
    @Test
    void picksTheBusiestThreeHoursOfTheWeek() {
        long[][] histogram = new long[7][24];
        histogram[0][9] = 10;
        histogram[5][18] = 6;
        histogram[5][19] = 7;
        histogram[5][20] = 5;
        assertThat(SendWindow.best(histogram)).isEqualTo(new SendWindow(DayOfWeek.SATURDAY, 18, 21, 18));
    }

    @Test
    void refusesAHistogramThatIsNotSevenDaysOfTwentyFourHours() {
        assertThatThrownBy(() -> SendWindow.best(new long[6][24])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendWindow.best(new long[7][12])).isInstanceOf(IllegalArgumentException.class);
    }
}
