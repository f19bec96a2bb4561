package org.dadkhah.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports} (multipart {@code file} and {@code mapping}, {@code dryRun}) answers the import's
 * report as JSON (or as CSV with {@code Accept: text/csv}), 200 or, when it has errors, 422; {@code GET /api/v1/{type}/export?format=csv|jsonl} with a list's filters exports what the caller
 * may see.
 */
@RestController
class ListController {

    private final ListImport imports;
    private final RecordExport export;
    private final RecordTypes types;

    ListController(ListImport imports, RecordExport export, RecordTypes types) {
        this.imports = imports;
        this.export = export;
        this.types = types;
    }

    @PostMapping("/api/v1/imports")
    ResponseEntity<?> upload(@RequestParam("file") MultipartFile file,
            @RequestParam("mapping") MultipartFile mapping, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String encoding,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept)
            throws IOException {
        Caller caller = CurrentCaller.orUnauthorized();
        Path temp = Files.createTempFile("dadkhah-import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename())
                    .getFileName().toString();
            ImportReport report;
            try {
                report = imports.run(temp, name, new String(mapping.getBytes(), StandardCharsets.UTF_8), dryRun,
                        encoding, caller);
            } catch (ListMapping.InvalidMappingException e) {
                throw InvalidRecordException.of("mapping", e.getMessage());
            } catch (ListImport.UnknownEncodingException e) {
                throw InvalidRecordException.of("encoding", e.getMessage());
            }
            HttpStatus status = report.failed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
            if (accept != null && accept.contains("text/csv")) {
                return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.parseMediaType(
                        "text/csv;charset=UTF-8")).body(report.csv());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", report.file());
            body.put("sha256", report.sha256());
            body.put("encoding", report.encoding());
            body.put("rows", report.rows());
            body.put("errors", report.errors());
            body.put("warnings", report.warnings());
            body.put("dryRun", report.dryRun());
            body.put("stored", report.stored());
            body.put("source", report.source());
            body.put("counts", report.counts());
            body.put("problems", report.problems().stream().map(p -> Map.of("row", p.row(), "severity",
                    p.severity().name().toLowerCase(Locale.ROOT), "column", p.column(), "message", p.message(),
                    "line", p.line())).toList());
            body.put("summary", report.summary());
            return ResponseEntity.status(status).body(body);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/api/v1/{type}/export")
    void export(@PathVariable String type, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        Caller caller = CurrentCaller.orUnauthorized();
        RecordType recordType = types.require(type);
        RecordExport.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> RecordExport.Format.CSV;
            case "jsonl" -> RecordExport.Format.JSONL;
            default -> throw InvalidRecordException.of("format", "Must be one of csv, jsonl");
        };
        Map<String, String> criteria = new LinkedHashMap<>(params);
        List.of("format").forEach(criteria::remove);
        String contentType = chosen == RecordExport.Format.CSV ? "text/csv;charset=UTF-8"
                : "application/jsonl;charset=UTF-8";
        String disposition = "attachment; filename=\"" + recordType.path() + "."
                + chosen.name().toLowerCase(Locale.ROOT) + "\"";
        HeadersOnFirstWrite out = new HeadersOnFirstWrite(response, contentType, disposition);
        export.export(recordType, criteria, chosen, caller, out);
    }

    /** Sets the export's headers only when it first writes, so that a refused filter still answers a problem. */
    private static final class HeadersOnFirstWrite extends java.io.OutputStream {
        private final HttpServletResponse response;
        private final String contentType;
        private final String disposition;
        private boolean open;

        HeadersOnFirstWrite(HttpServletResponse response, String contentType, String disposition) {
            this.response = response;
            this.contentType = contentType;
            this.disposition = disposition;
        }

        private java.io.OutputStream out() throws IOException {
            if (!open) {
                response.setContentType(contentType);
                response.setHeader("Content-Disposition", disposition);
                open = true;
            }
            return response.getOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out().flush();
        }
    }
}
