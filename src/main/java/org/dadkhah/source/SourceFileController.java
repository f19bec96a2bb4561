package org.dadkhah.source;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.shared.FileTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A source's evidence file: upload (type sniffed from the content, size-limited, stored by SHA-256), download
 * (the hash re-checked and sent in {@code X-Content-SHA256}), and its chain of custody.
 */
@RestController
class SourceFileController {

    private final SourceFiles files;
    private final Custody custody;

    SourceFileController(SourceFiles files, Custody custody) {
        this.files = files;
        this.custody = custody;
    }

    @PostMapping(path = "/api/v1/sources/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "receivedFrom", required = false) @Nullable String receivedFrom,
            @RequestParam(name = "method", required = false) @Nullable String method) throws IOException {
        Caller caller = caller();
        if (file.getSize() > FileTypes.MAX_BYTES) {
            throw InvalidRecordException.of("file", "Files may have at most 50 MB");
        }
        byte[] content = file.getBytes();
        String type = FileTypes.sniff(content).orElseThrow(() -> InvalidRecordException.of("file",
                "Not an accepted file type (PDF, PNG, JPEG, WAV, MP3, Ogg, MP4 or UTF-8 text), judged by its content"));
        String original = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        if (FileTypes.hasControlCharacters(original)) {
            throw InvalidRecordException.of("file", "The file name must not contain control characters (such as NUL)");
        }
        String name = FileTypes.cleanName(original);
        Map<String, Object> source = files.attach(id, content, name, type, caller);
        custody.record(id, (String) source.get("sha256"), new Custody.Entry(receivedFrom, caller.username(),
                method == null ? "upload" : method, null, null), caller);
        return source;
    }

    @GetMapping("/api/v1/sources/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        SourceFiles.StoredFile file = files.file(id, caller())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This source has no file"));
        return FileTypes.download(file.content(), file.sha256(), file.mediaType(), file.fileName());
    }

    @GetMapping("/api/v1/sources/{id}/custody")
    List<Map<String, Object>> custody(@PathVariable UUID id) {
        return custody.of(id, caller());
    }

    @PostMapping("/api/v1/sources/{id}/custody")
    List<Map<String, Object>> transfer(@PathVariable UUID id, @RequestBody Custody.Entry entry) {
        Caller caller = caller();
        SourceFiles.StoredFile file = files.file(id, caller)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This source has no file"));
        custody.record(id, file.sha256(), entry, caller);
        return custody.of(id, caller);
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
