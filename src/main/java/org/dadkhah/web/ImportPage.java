package org.dadkhah.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.importing.ImportListener;
import org.dadkhah.importing.ImportProfiles;
import org.dadkhah.importing.ImportReport;
import org.dadkhah.importing.ListMapping;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import page: upload a CSV or XLSX list, pick a saved mapping (profile) or write one and save it under a name,
 * then see the dry run (the first rows as they will be stored, dates in both calendars, and the report, also as CSV)
 * and commit it; the import runs in the background with its progress polled by htmx (a link reloads without
 * JavaScript). Everything goes through {@link org.dadkhah.importing.ListImport}, as {@code POST /api/v1/imports}
 * does. For roles that write; an upload is seen only by its owner.
 */
@Controller
class ImportPage {

    private static final String IMPORTS = "/imports";

    private final ImportJobs jobs;
    private final ImportProfiles profiles;
    private final Display display;

    ImportPage(ImportJobs jobs, ImportProfiles profiles, Display display) {
        this.jobs = jobs;
        this.profiles = profiles;
        this.display = display;
    }

    @GetMapping(IMPORTS)
    String start(@RequestParam(required = false) @Nullable String profile, Model model) {
        String mapping = profile == null ? "" : profiles.get(profile).map(ImportProfiles.Profile::mapping).orElse("");
        return page(Map.of("mapping", mapping, "profileName", profile == null ? "" : profile), Map.of(), model);
    }

    @PostMapping(IMPORTS)
    String upload(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String mapping, @RequestParam(defaultValue = "") String profileName,
            @RequestParam(defaultValue = "") String encoding, Model model, HttpServletResponse response)
            throws IOException {
        Caller caller = writer();
        Map<String, String> values = Map.of("mapping", mapping, "profileName", profileName, "encoding", encoding);
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("file", display.message("imports.fileRequired"));
        }
        try {
            if (profileName.isBlank()) {
                ListMapping.parse(mapping);
            } else {
                profiles.save(profileName, mapping, caller);
            }
        } catch (IllegalArgumentException e) {
            errors.put(e instanceof ListMapping.InvalidMappingException ? "mapping" : "profileName", e.getMessage());
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(values, errors, model);
        }
        Path temp = Files.createTempFile("dadkhah-page-import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        ImportJobs.Job job = jobs.check(temp, name, mapping, encoding.isBlank() ? null : encoding, caller);
        return "redirect:" + IMPORTS + "/" + job.id;
    }

    @GetMapping(IMPORTS + "/{id}")
    String job(@PathVariable UUID id, Model model) {
        ImportJobs.Job job = job(id);
        model.addAttribute("job", view(job));
        model.addAttribute("preview", job.state == ImportJobs.State.CHECKING ? List.of()
                : List.copyOf(job.preview).stream().map(this::previewRow).toList());
        ImportReport report = job.report;
        model.addAttribute("report", report);
        model.addAttribute("problems", report == null ? List.of() : report.problems().stream().limit(500).toList());
        return "imports/job";
    }

    @GetMapping(IMPORTS + "/{id}/progress")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportJobs.Job job = job(id);
        if (!job.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", view(job));
        return "imports/job :: progress";
    }

    @GetMapping(IMPORTS + "/{id}/report.csv")
    ResponseEntity<String> report(@PathVariable UUID id) {
        ImportReport report = job(id).report;
        if (report == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-report.csv\"").body(report.csv());
    }

    @PostMapping(IMPORTS + "/{id}/commit")
    String commit(@PathVariable UUID id) {
        jobs.commit(job(id), writer());
        return "redirect:" + IMPORTS + "/" + id;
    }

    private ImportJobs.Job job(UUID id) {
        return jobs.find(id, writer()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Caller writer() {
        Caller caller = CurrentCaller.require();
        if (!caller.mayWrite()) {
            throw new org.dadkhah.records.ForbiddenException("Importing needs a role that writes");
        }
        return caller;
    }

    private String page(Map<String, String> values, Map<String, String> errors, Model model) {
        boolean allowed = CurrentCaller.require().mayWrite();
        model.addAttribute("allowed", allowed);
        model.addAttribute("profiles", allowed ? profiles.all() : List.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "imports/start";
    }

    /** What the templates show of a job. */
    private static Map<String, Object> view(ImportJobs.Job job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id);
        view.put("fileName", job.fileName);
        view.put("state", job.state.name());
        view.put("running", job.running());
        view.put("committable", job.committable());
        view.put("read", job.read);
        view.put("total", job.total);
        view.put("failure", job.failure);
        view.put("columns", job.columns);
        return view;
    }

    private Map<String, Object> previewRow(ImportListener.PreviewRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", display.digits(row.row()));
        out.put("name", row.name());
        out.put("father", row.fatherName() == null ? "" : row.fatherName());
        out.put("birth", date(row.birthDate()));
        List<String> acts = new ArrayList<>();
        for (ImportListener.PreviewAct act : row.acts()) {
            String place = act.place() == null ? "" : " · " + act.place()
                    + (act.placeCreated() ? " (" + display.message("imports.newPlace") + ")" : "");
            acts.add(display.term("ACT_TYPE", act.type()) + " · " + date(act.date()) + place);
        }
        out.put("acts", acts);
        return out;
    }

    private String date(@Nullable PartialDate date) {
        return date == null ? "" : display.date(date);
    }
}
