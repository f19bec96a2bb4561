package org.dadkhah.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.shared.PersianText;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a search: {@code type}, and the facets {@code status}, {@code place}, {@code organisation},
 * {@code actType} and {@code year} (a year in either calendar: below 1700 it is read as Solar Hijri, e.g. 1367,
 * otherwise as Gregorian, e.g. 1988; Persian digits are accepted).
 */
final class SearchFilters {

    static final List<String> FILTERS = List.of("status", "place", "organisation", "actType", "year");
    static final int MAX_LIMIT = 100;

    private SearchFilters() {
    }

    /** Checks the request's parameters; throws a problem naming each bad one. */
    static SearchService.Request request(Map<String, String[]> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : parameters.keySet()) {
            if (!name.equals("q") && !name.equals("type") && !name.equals("limit") && !name.equals("after")
                    && !FILTERS.contains(name)) {
                problems.add(new FieldProblem(name, "Unknown parameter; use q, type, limit, after or " + FILTERS));
            }
        }
        String q = one(parameters, "q");
        if (q == null || q.isBlank() || SearchQueries.ranked(q) == null) {
            problems.add(new FieldProblem("q", "Give words to search for (in Persian or Latin script)"));
        } else if (q.length() > 500) {
            problems.add(new FieldProblem("q", "At most 500 characters"));
        }
        String type = one(parameters, "type");
        if (type != null && !IndexedTypes.NAMES.contains(type)) {
            problems.add(new FieldProblem("type", "One of " + IndexedTypes.NAMES));
        }
        int limit = number(one(parameters, "limit"), 20, 1, MAX_LIMIT, "limit", problems);
        int offset = number(one(parameters, "after"), 0, 0, 10_000, "after", problems);
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        for (String filter : FILTERS) {
            String value = one(parameters, filter);
            if (value != null && !value.isBlank()) {
                filters.put(filter, PersianText.toAsciiDigits(value.strip()));
            }
        }
        if (filters.containsKey("year") && !filters.get("year").matches("\\d{3,4}")) {
            problems.add(new FieldProblem("year", "A year, e.g. 1367 (Solar Hijri) or 1988 (Gregorian)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return new SearchService.Request(q, type, limit, offset, filters);
    }

    /** Adds the request's type and facet filters to the query. */
    static void apply(SearchService.Request request, Set<String> readableLevels, BooleanQuery.Builder query) {
        if (request.type() != null) {
            query.add(new TermQuery(new Term(SearchFields.TYPE, request.type())), Occur.FILTER);
        }
        request.filters().forEach((name, value) -> query.add(filter(name, value, readableLevels), Occur.FILTER));
    }

    private static Query filter(String name, String value, Set<String> readableLevels) {
        return switch (name) {
            case "year" -> facet(Integer.parseInt(value) < 1700 ? "yearSolarHijri" : "yearGregorian", value);
            case "actType" -> levelled("actType", value, readableLevels, null);
            case "place" -> levelled("actPlace", value, readableLevels, facet("place", value));
            default -> facet(name, value);
        };
    }

    /** A value of an act facet at any level the caller reads (or {@code also}). */
    private static Query levelled(String field, String value, Set<String> readableLevels, @Nullable Query also) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        readableLevels.forEach(level -> any.add(facet(field, level + ":" + value), Occur.SHOULD));
        if (also != null) {
            any.add(also, Occur.SHOULD);
        }
        return any.build();
    }

    private static Query facet(String field, String value) {
        return new TermQuery(new Term(SearchFields.facet(field), value));
    }

    private static @Nullable String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int number(@Nullable String value, int fallback, int min, int max, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "A whole number from " + min + " to " + max));
        return fallback;
    }
}
