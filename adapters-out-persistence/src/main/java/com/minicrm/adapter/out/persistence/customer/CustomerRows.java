package com.minicrm.adapter.out.persistence.customer;

import static com.minicrm.adapter.out.persistence.Sql.getInstant;

import com.minicrm.domain.customer.CustomerProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps customer rows, with their tags folded into one column, to profiles. */
final class CustomerRows {
    /** Tags may hold commas, never control characters, so the unit separator splits them safely. */
    private static final String TAG_SEPARATOR = "\u001F";

    static final String SELECT = "SELECT c.id, c.external_id, c.name, c.email, c.phone, c.city, c.signup_at, c.attributes,"
            + " c.total_spend, c.visits, c.avg_order_value, c.first_order_at, c.last_order_at, c.placeholder, c.created_at,"
            + " (SELECT GROUP_CONCAT(t.tag ORDER BY t.tag SEPARATOR '" + TAG_SEPARATOR + "') FROM customer_tag t WHERE t.customer_id = c.id) AS tag_list"
            + " FROM customer c";

    private CustomerRows() {}

    static List<CustomerProfile> read(ResultSet rows, JsonColumns json) throws SQLException {
        List<CustomerProfile> profiles = new ArrayList<>();
        while (rows.next()) {
            String tagList = rows.getString("tag_list");
            profiles.add(new CustomerProfile(
                    rows.getLong("id"),
                    rows.getString("external_id"),
                    rows.getString("name"),
                    rows.getString("email"),
                    rows.getString("phone"),
                    rows.getString("city"),
                    getInstant(rows, "signup_at"),
                    tagList == null ? List.of() : Arrays.asList(tagList.split(TAG_SEPARATOR)),
                    json.readMap(rows.getString("attributes")),
                    rows.getBigDecimal("total_spend"),
                    rows.getInt("visits"),
                    rows.getBigDecimal("avg_order_value"),
                    getInstant(rows, "first_order_at"),
                    getInstant(rows, "last_order_at"),
                    rows.getBoolean("placeholder"),
                    getInstant(rows, "created_at")));
        }
        return profiles;
    }
}
