package org.dadkhah.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.search.SearchService;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box of every page and its results page: ranked hits with highlighted snippets and facets, through the
 * search module's {@link SearchService} (which filters by the caller's rights and re-reads every hit through the read
 * layer), and suggestions as one types (an htmx fragment).
 */
@Controller
class SearchPage {

    private static final int PAGE = 20;
    private static final int SUGGESTIONS = 8;

    private final SearchService search;
    private final RecordTypes types;

    SearchPage(SearchService search, RecordTypes types) {
        this.search = search;
        this.types = types;
    }

    @GetMapping("/search")
    String results(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("paths", paths());
        if (q.isBlank()) {
            model.addAttribute("result", null);
            return "search";
        }
        try {
            SearchService.Result result = search.search(new SearchService.Request(q, blank(type), PAGE,
                    Math.max(0, offset), Map.of()), CurrentCaller.orUnauthorized());
            model.addAttribute("result", result);
            model.addAttribute("nextOffset", result.hits().size() == PAGE ? offset + PAGE : null);
        } catch (InvalidRecordException e) {
            model.addAttribute("result", null);
            model.addAttribute("problems", e.problems());
        }
        return "search";
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        List<SearchService.Suggestion> found = q.strip().length() < 2 ? List.of()
                : search.suggest(q, CurrentCaller.orUnauthorized(), SUGGESTIONS);
        model.addAttribute("suggestions", found);
        model.addAttribute("paths", paths());
        return "search :: suggestions";
    }

    private Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        types.all().stream().forEach((RecordType t) -> paths.put(t.name(), t.path()));
        return paths;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
