package org.dadkhah.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.source.Custody;
import org.dadkhah.source.SourceFiles;
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

    SourcePage(RecordTypes types, RecordQueries queries, RelatedRecords related, RecordPages pages, SourceFiles files, Custody custody,
            RecordLabels labels) {
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
        List<Map<String, Object>> citing = new ArrayList<>();
        for (Map<String, Object> c : related.related(types.require("citations"), "source_id", id, caller)) {
            String path = types.byName(String.valueOf(c.get("recordType"))).map(RecordType::path).orElse(null);
            UUID record = UUID.fromString(String.valueOf(c.get("recordId")));
            boolean visible = path != null && queries.visible(types.require(path), record, caller);
            citing.add(Map.of("href", visible ? "/" + path + "/" + record : "", "what", c.get("recordType") + " "
                    + record, "locator", String.valueOf(c.get("locator") == null ? "" : c.get("locator"))));
        }
        RecordType claims = types.require("claims");
        for (Map<String, Object> c : related.related(claims, "source_id", id, caller)) {
            citing.add(Map.of("href", "/claims/" + c.get("id"), "what", labels.label(claims, c),
                    "locator", String.valueOf(c.get("locator") == null ? "" : c.get("locator"))));
        }
        model.addAttribute("citing", citing);
        return "source";
    }
}
