package com.minicrm.domain.customer;

import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which numbers an attribute may hold: those a double keeps exactly as sent. Stored attributes are
 * read back as doubles, so 1e999999 would come back as Infinity, 1e-999999 as 0.0 and a 40-digit
 * decimal rounded; refusing them by name beats storing a different number without a word.
 */
final class AttributeNumbers {
    private AttributeNumbers() {}

    static void check(String path, Object value, Violations violations) {
        if (value instanceof Map<?, ?> object) {
            object.forEach((key, inner) -> check(path + "." + key, inner, violations));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(path + "[" + i + "]", list.get(i), violations);
            }
        } else if (value instanceof BigDecimal exact) {
            double kept = exact.doubleValue();
            if (Double.isInfinite(kept)) {
                violations.add(path, "is out of range for a number (at most about 1.8e308); send it as text");
            } else if (new BigDecimal(Double.toString(kept)).compareTo(exact) != 0) {
                violations.add(path, "has more digits than a number keeps (about 15 significant digits); send it as text");
            }
        } else if (value instanceof Double d && !Double.isFinite(d)) {
            violations.add(path, "must be a finite number");
        }
    }
}
