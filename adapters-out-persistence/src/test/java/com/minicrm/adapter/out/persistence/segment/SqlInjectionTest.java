package com.minicrm.adapter.out.persistence.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlInjectionTest {
    private static final String ATTACK = "x'); DROP TABLE customer_tag; -- \" OR 1=1 %_\\";
    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = TestDatabase.connect();
        CustomerRows.deleteAll(connection);
    }

    @AfterEach
    void disconnect() throws SQLException {
        CustomerRows.deleteAll(connection);
        connection.close();
    }

    @Test
    void givenInjectionTextAsValues_whenQuerying_thenItIsComparedLiterallyAndNothingElseRuns() throws SQLException {
        List<CustomerProfile> stored = CustomerRows.insert(connection, List.of(customer(ATTACK), customer("Pune")));
        Instant now = Instant.now();

        assertThat(CustomerRows.select(connection, RuleSqlCompiler.compile(
                Rule.and(new Condition(Field.CITY, Operator.EQUAL, ATTACK)), now))).containsExactly(stored.get(0).id());
        assertThat(CustomerRows.select(connection, RuleSqlCompiler.compile(
                Rule.and(new Condition(Field.CITY, Operator.CONTAINS, "%_")), now))).containsExactly(stored.get(0).id());
        assertThat(CustomerRows.select(connection, RuleSqlCompiler.compile(
                Rule.and(new Condition(Field.TAGS, Operator.DOES_NOT_CONTAIN, ATTACK)), now))).hasSize(2);
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "customer_tag", null)) {
            assertThat(tables.next()).as("customer_tag still exists").isTrue();
        }
    }

    private static CustomerProfile customer(String city) {
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        return new CustomerProfile(0, null, "Test", null, null, city, null, List.of(), null, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, null, null, false, created);
    }
}
