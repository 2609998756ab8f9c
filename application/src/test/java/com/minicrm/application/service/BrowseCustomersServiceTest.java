package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.out.CustomerDirectory;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import com.minicrm.domain.customer.CustomerTotals;
import com.minicrm.domain.customer.PlacedOrder;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowseCustomersServiceTest {
    private final List<String> searches = new ArrayList<>();
    private final BrowseCustomersService service = new BrowseCustomersService(new CustomerDirectory() {
        @Override
        public List<CustomerProfile> search(String text, CustomerSort sort, long offset, int limit) {
            searches.add(text + "@" + offset + "+" + limit + (sort == CustomerSort.NEWEST ? "" : " by " + sort.param()));
            return List.of();
        }

        @Override
        public long countMatching(String text) {
            return 51;
        }

        @Override
        public List<PlacedOrder> ordersOf(long customerId, int limit) {
            return List.of();
        }

        @Override
        public CustomerTotals totals() {
            return new CustomerTotals(0, 0, BigDecimal.ZERO);
        }
    }, new InMemoryCustomers());

    @Test
    void aSearchIsTrimmedAndPagedAndReportsTheMatchingTotal() {
        var page = service.search("  Pune ", 2, 25);

        assertThat(searches).containsExactly("Pune@50+25");
        assertThat(page.total()).isEqualTo(51);
        assertThat(page.page()).isEqualTo(2);
    }

    @Test
    void aSearchPassesItsOrderToTheDirectory() {
        service.search("", CustomerSort.TOTAL_SPEND, 0, 25);

        assertThat(searches).containsExactly("@0+25 by total_spend");
    }

    @Test
    void aMissingSortIsNamed() {
        assertThatThrownBy(() -> service.search("", null, 0, 25))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("sort"));
    }

    @Test
    void aBadPageSizeOrAnOverlongTextIsNamed() {
        assertThatThrownBy(() -> service.search("x".repeat(101), -1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("page", "size", "q"));
    }

    @Test
    void anUnknownCustomerHasNoDetail() {
        assertThat(service.detail("nobody")).isEmpty();
    }
}
