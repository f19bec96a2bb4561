package org.dadkhah.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.estimate.EstimateRuns;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The estimates page: pick lists (sources of kind LIST the caller may see) or paste a capture-history table, choose
 * the method and a stratum, run it through {@link EstimateRuns} (the API's path), and see the estimate with its
 * interval, a chart (estimates with intervals, and the posterior of N when LCMCR ran), the diagnostics and the method
 * statement; earlier runs are listed. For analysts, editors and administrators, as in the API.
 */
@Controller
class EstimatesPage {

    private final EstimateRuns runs;
    private final RecordQueries queries;
    private final RecordTypes types;
    private final RecordLabels labels;
    private final JsonMapper json;

    EstimatesPage(EstimateRuns runs, RecordQueries queries, RecordTypes types, RecordLabels labels, JsonMapper json) {
        this.runs = runs;
        this.queries = queries;
        this.types = types;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/estimates")
    String estimates(Model model) {
        return page(Map.of(), List.of(), List.of(), model);
    }

    @PostMapping("/estimates")
    String run(@RequestParam(required = false) List<String> lists, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable MultipartFile tableFile, Model model, HttpServletResponse response)
            throws IOException {
        ObjectNode body = json.createObjectNode();
        String table = params.getOrDefault("table", "").strip();
        if (table.isEmpty() && tableFile != null && !tableFile.isEmpty()) {
            table = new String(tableFile.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        }
        if (!table.isEmpty()) {
            body.put("table", table);
        } else {
            var array = body.putArray("lists");
            (lists == null ? List.<String>of() : lists).forEach(array::add);
        }
        body.put("method", params.getOrDefault("method", "ALL"));
        ObjectNode stratum = json.createObjectNode();
        for (String key : List.of("actType", "from", "to")) {
            String value = params.getOrDefault("stratum." + key, "").strip();
            if (!value.isEmpty()) {
                stratum.put(key, value);
            }
        }
        if (!stratum.isEmpty()) {
            body.set("stratum", stratum);
        }
        try {
            Map<String, Object> run = runs.run(body, CurrentCaller.require());
            return "redirect:/estimates/" + run.get("id");
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(params, lists == null ? List.of() : lists, e.problems(), model);
        }
    }

    @GetMapping("/estimates" + RecordPages.ID)
    String estimate(@PathVariable UUID id, Model model) {
        Map<String, Object> run = runs.get(id, CurrentCaller.require());
        JsonNode result = (JsonNode) run.get("result");
        List<Map<String, Object>> rows = new ArrayList<>();
        ObjectNode chart = json.createObjectNode();
        var names = chart.putArray("methods");
        var estimates = chart.putArray("estimates");
        var intervals = chart.putArray("intervals");
        for (JsonNode r : result.path("results")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("method", r.path("method").asString());
            row.put("model", r.path("model").asString());
            row.put("estimate", number(r.get("estimate")));
            row.put("lower", number(r.get("lower95")));
            row.put("upper", number(r.get("upper95")));
            List<String> warnings = new ArrayList<>();
            r.path("warnings").forEach(w -> warnings.add(w.asString()));
            row.put("warnings", warnings);
            row.put("diagnostics", diagnostics(r.path("diagnostics")));
            rows.add(row);
            if (r.hasNonNull("estimate")) {
                names.add(r.path("model").asString(r.path("method").asString()));
                estimates.add(r.get("estimate").asDouble());
                intervals.addArray().add(r.path("lower95").asDouble()).add(r.path("upper95").asDouble());
            }
            if (r.path("diagnostics").has("histogram")) {
                chart.set("histogram", r.get("diagnostics").get("histogram"));
            }
        }
        model.addAttribute("run", run);
        model.addAttribute("statementHtml", Markdown.html((String) run.get("methodStatement")));
        model.addAttribute("observed", result.path("observed").asLong());
        model.addAttribute("rows", rows);
        model.addAttribute("chart", chart.toString());
        return "estimate";
    }

    private String page(Map<String, String> values, List<String> chosenLists,
            List<InvalidRecordException.FieldProblem> problems, Model model) {
        Caller caller = CurrentCaller.require();
        boolean allowed = EstimateRuns.ROLES.contains(caller.role());
        model.addAttribute("allowed", allowed);
        model.addAttribute("values", values);
        model.addAttribute("chosenLists", chosenLists);
        model.addAttribute("problems", problems);
        var sources = types.require("sources");
        model.addAttribute("lists", allowed ? queries.list(sources, Map.of("kind", "LIST"), null, 200, caller).items()
                .stream().map(s -> Map.of("id", s.get("id"), "label", labels.label(sources, s))).toList() : List.of());
        model.addAttribute("runs", allowed ? runs.list(50, null, caller).get("items") : List.of());
        return "estimates";
    }

    /**
     * LCMCR's convergence diagnostics and posterior summary as labelled figures (message key, value): what the JSON
     * holds but its histogram, drawn as the chart, and its warnings, listed apart.
     */
    private static List<Map.Entry<String, String>> diagnostics(JsonNode diagnostics) {
        List<Map.Entry<String, String>> shown = new ArrayList<>();
        if (!diagnostics.isObject()) {
            return shown;
        }
        shown.add(Map.entry("estimates.diagnostic.rhat", diagnostics.hasNonNull("rhat")
                ? String.format(java.util.Locale.ROOT, "%.3f", diagnostics.get("rhat").asDouble()) : ""));
        for (String field : List.of("ess", "chains", "drawsPerChain", "sweepsPerChain", "median", "lower95",
                "upper95")) {
            if (diagnostics.hasNonNull(field)) {
                shown.add(Map.entry("estimates.diagnostic." + field,
                        String.format(java.util.Locale.ROOT, "%,.0f", diagnostics.get(field).asDouble())));
            }
        }
        return shown;
    }

    private static String number(JsonNode value) {
        return value == null || value.isNull() ? "" : String.format(java.util.Locale.ROOT, "%,.1f", value.asDouble());
    }
}
