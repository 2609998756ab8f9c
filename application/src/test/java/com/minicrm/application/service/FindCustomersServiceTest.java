package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class FindCustomersServiceTest {
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final FindCustomersService service = new FindCustomersService(customers);

    @Test
    void aPageReportsTheTotal() {
        customers.total = 42;
        assertThat(service.page(1, 10).total()).isEqualTo(42);
    }

    @Test
    void pageAndSizeOutOfRangeAreBothNamed() {
        assertThatThrownBy(() -> service.page(-1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> service.page(0, 201)).isInstanceOf(InvalidInputException.class);
    }
}
