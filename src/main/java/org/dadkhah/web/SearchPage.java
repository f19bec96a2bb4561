package org.dadkhah.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.search.SearchService;
import org.dadkhah.security.Caller;
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
    private final SearchFacets facets;

    SearchPage(SearchService search, RecordTypes types, SearchFacets facets) {
        this.search = search;
        this.types = types;
        this.facets = facets;
    }

    @GetMapping("/search")
    String results(@RequestParam Map<String, String> params, Model model) {
        String q = params.getOrDefault("q", "");
        Map<String, String> chosen = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!name.equals("offset") && !value.isBlank()) {
                chosen.put(name, value);
            }
        });
        model.addAttribute("q", q);
        model.addAttribute("type", chosen.get("type"));
        Map<String, String> kept = new LinkedHashMap<>(chosen);
        kept.remove("q");
        kept.remove("type");
        model.addAttribute("kept", kept);
        model.addAttribute("paths", paths());
        if (q.isBlank()) {
            model.addAttribute("result", null);
            return "search";
        }
        int offset = offset(params.get("offset"));
        Map<String, String[]> request = new LinkedHashMap<>();
        chosen.forEach((name, value) -> request.put(name, new String[] {value}));
        request.put("limit", new String[] {String.valueOf(PAGE)});
        request.put("after", new String[] {String.valueOf(offset)});
        try {
            Caller caller = CurrentCaller.orUnauthorized();
            SearchService.Result result = search.search(SearchService.request(request), caller);
            model.addAttribute("result", result);
            model.addAttribute("facets", facets.of(result, chosen, caller));
            model.addAttribute("nextOffset", result.hits().size() == PAGE ? offset + PAGE : null);
            model.addAttribute("nextHref", SearchFacets.href(chosen, "offset", String.valueOf(offset + PAGE)));
        } catch (InvalidRecordException e) {
            model.addAttribute("result", null);
            model.addAttribute("problems", e.problems());
        }
        return "search";
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.clamp(Integer.parseInt(value.strip()), 0, 10_000);
        } catch (NumberFormatException e) {
            return 0;
        }
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

}
