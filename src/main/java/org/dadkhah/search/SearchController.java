package org.dadkhah.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=&type=&limit=&after=} (with facet filters {@code status}, {@code place},
 * {@code organisation}, {@code actType}, {@code year}) and {@code GET /api/v1/search/suggest?q=}.
 */
@RestController
class SearchController {

    static final int SUGGESTIONS = 8;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchService.Result search(HttpServletRequest request) {
        return search.search(SearchFilters.request(request.getParameterMap()), CurrentCaller.orUnauthorized());
    }

    @GetMapping("/api/v1/search/suggest")
    Map<String, List<SearchService.Suggestion>> suggest(@RequestParam(required = false) String q) {
        if (q == null || q.isBlank() || q.length() > 200) {
            throw InvalidRecordException.of("q", "Give the beginning of a name or title (at most 200 characters)");
        }
        return Map.of("suggestions", search.suggest(q, CurrentCaller.orUnauthorized(), SUGGESTIONS));
    }
}
