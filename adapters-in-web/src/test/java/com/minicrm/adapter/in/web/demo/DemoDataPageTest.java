package com.minicrm.adapter.in.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.LoadDemoDataUseCase.DemoDataProgress;
import com.minicrm.application.port.in.LoadDemoDataUseCase.State;
import org.junit.jupiter.api.Test;

/** The demo-data form keeps the size the marketer chose for the last load. */
class DemoDataPageTest {

    @Test
    void theSizeOfTheLastLoadStaysChosenWhileItRunsAndAfterItIsDone() {
        assertThat(DemoDataPage.chosen(new DemoDataProgress(State.RUNNING, 5_000, 120, 15_000, 0, null), 1_000)).isEqualTo(5_000);
        assertThat(DemoDataPage.chosen(new DemoDataProgress(State.DONE, 20_000, 20_000, 60_000, 60_000, null), 1_000))
                .isEqualTo(20_000);
    }

    @Test
    void withoutALoadOrWithASizeTheFormDoesNotOfferTheFallbackStaysChosen() {
        assertThat(DemoDataPage.chosen(null, 1_000)).isEqualTo(1_000);
        assertThat(DemoDataPage.chosen(new DemoDataProgress(State.IDLE, 0, 0, 0, 0, null), 1_000)).isEqualTo(1_000);
        assertThat(DemoDataPage.chosen(new DemoDataProgress(State.DONE, 7, 7, 20, 20, null), 5_000)).isEqualTo(5_000);
    }
}
