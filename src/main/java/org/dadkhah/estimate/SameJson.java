package org.dadkhah.estimate;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Exact comparison of two JSON results where numbers are compared by their double value, since a number stored in
 * PostgreSQL {@code jsonb} may come back written differently (for example {@code 1.0E-5} as {@code 0.00001}).
 */
final class SameJson {

    private SameJson() {
    }

    static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new HashSet<>(a.propertyNames());
            if (!names.equals(new HashSet<>(b.propertyNames()))) {
                return false;
            }
            return names.stream().allMatch(n -> equal(a.get(n), b.get(n)));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
