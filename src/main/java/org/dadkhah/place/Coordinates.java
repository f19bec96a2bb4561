package org.dadkhah.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.records.RecordRule;

/** Coordinates come in pairs, within the globe. */
final class Coordinates {

    private Coordinates() {
    }

    static List<FieldProblem> check(Map<String, Object> columns, RecordRule.Lookup lookup) {
        List<FieldProblem> problems = new ArrayList<>();
        Object lat = columns.get("latitude");
        Object lon = columns.get("longitude");
        if ((lat == null) != (lon == null)) {
            problems.add(new FieldProblem(lat == null ? "latitude" : "longitude", "Give both latitude and longitude"));
        }
        if (lat instanceof Double d && (d < -90 || d > 90)) {
            problems.add(new FieldProblem("latitude", "Must be between -90 and 90"));
        }
        if (lon instanceof Double d && (d < -180 || d > 180)) {
            problems.add(new FieldProblem("longitude", "Must be between -180 and 180"));
        }
        return problems;
    }
}
