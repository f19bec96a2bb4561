package org.dadkhah.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.source.Custody;
import org.dadkhah.source.SourceFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A source's page: its metadata and SHA-256, the chain of custody of its file, the text when the file is text (other
 * files through the API's download), and everything that cites it (citations and figure claims the caller may see).
 */
@Controller
class SourcePage {

    private static final int TEXT_SHOWN = 200_000;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordPages pages;
    private final SourceFiles files;
    private final Custody custody;
    private final RecordLabels labels;

    SourcePage(RecordTypes types, RecordQueries queries, RelatedRecords related, RecordPages pages, SourceFiles files,
            Custody custody, RecordLabels labels) {
        this.types = types;
        this.queries = queries;
        this.related = related;
        this.pages = pages;
        this.files = files;
        this.custody = custody;
        this.labels = labels;
    }

    @GetMapping("/sources" + RecordPages.ID)
    @Transactional
    String source(@PathVariable UUID id, Model model) {
        Caller caller = CurrentCaller.require();
        RecordType sources = types.require("sources");
        pages.show(sources, queries.get(sources, id, caller), model);
        model.addAttribute("custody", custody.of(id, caller));
        model.addAttribute("text", files.file(id, caller).filter(f -> f.mediaType().startsWith("text/"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).map(t -> t.length() > TEXT_SHOWN
                        ? t.substring(0, TEXT_SHOWN) + " …" : t).orElse(null));
        model.addAttribute("citing", citing(id, caller));
        return "source";
    }

    /**
     * What cites the source, grouped by record type and named by label: each record with a citation the caller may
     * see, once however often it cites the source (with their locators and how many), named only when the caller may
     * see it too (labels read once per type, as every reference's); then the figure claims made on the source.
     */
    private List<Map<String, Object>> citing(UUID source, Caller caller) {
        RecordType citationType = types.require("citations");
        List<Map<String, Object>> citations = related.related(citationType, "source_id", source, caller);
        Map<UUID, String> named = labels.references(citationType, citations, caller);
        Map<UUID, Map<String, Object>> byRecord = new LinkedHashMap<>();
        for (Map<String, Object> c : citations) {
            String path = path(c).orElse("");
            String label = named.get(record(c));
            Map<String, Object> item = byRecord.computeIfAbsent(record(c),
                    r -> item(path, label == null ? "" : "/" + path + "/" + r, label, null));
            item.merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
            if (c.get("locator") != null && !String.valueOf(c.get("locator")).isBlank()) {
                item.merge("locator", c.get("locator").toString(),
                        (a, b) -> ((String) a).isEmpty() ? (String) b : a + "; " + b);
            }
        }
        List<Map<String, Object>> citing = new ArrayList<>(byRecord.values());
        citing.sort(Comparator.comparing((Map<String, Object> c) -> (String) c.get("path"))
                .thenComparing(c -> String.valueOf(c.get("what"))));
        RecordType claims = types.require("claims");
        for (Map<String, Object> c : related.related(claims, "source_id", source, caller)) {
            Map<String, Object> item = item("claims", "/claims/" + c.get("id"), labels.label(claims, c), c.get("locator"));
            item.put("count", 1);
            citing.add(item);
        }
        return citing;
    }

    private Optional<String> path(Map<String, Object> citation) {
        return labels.typeNamed(citation.get("recordType")).map(RecordType::path);
    }

    private static UUID record(Map<String, Object> citation) {
        return UUID.fromString(String.valueOf(citation.get("recordId")));
    }

    /** One thing citing the source; {@code what} null (and no link) for a record the caller may not see. */
    private static Map<String, Object> item(String path, String href, @Nullable String what, @Nullable Object locator) {
        Map<String, Object> item = new HashMap<>();
        item.put("path", path);
        item.put("href", href);
        item.put("what", what);
        item.put("locator", locator == null ? "" : locator.toString());
        item.put("count", 0);
        return item;
    }
}
