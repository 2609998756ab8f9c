package com.minicrm.domain.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestionBatchTest {
    private static CustomerDraft customer(String id) {
        return new CustomerDraft(id, "Name", null, null, null, null, null, null);
    }

    @Test
    void aValidBatchKeepsItsItemsInOrder() {
        var batch = IngestionBatch.Customers.validated("r1", List.of(customer("a"), customer("b")), "customers");
        assertThat(batch.customers()).extracting(CustomerDraft::externalId).containsExactly("a", "b");
        assertThat(batch.size()).isEqualTo(2);
    }

    @Test
    void everyInvalidItemIsNamedByIndex() {
        assertThatThrownBy(() -> IngestionBatch.Customers.validated("r", Arrays.asList(customer("ok"), customer(""), null), "customers"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("customers[1].externalId", "customers[2]"));
    }

    @Test
    void aBatchHoldsOneToOneThousandItems() {
        assertThatThrownBy(() -> IngestionBatch.Customers.validated("r", List.of(), "customers"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one");
        var tooMany = Collections.nCopies(1001, customer("x"));
        assertThatThrownBy(() -> IngestionBatch.Customers.validated("r", tooMany, "customers"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1000");
    }

    @Test
    void aSingleItemRequestNamesFieldsWithoutAPrefix() {
        assertThatThrownBy(() -> IngestionBatch.Customers.validated("r", List.of(customer("")), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("externalId"));
    }
}
