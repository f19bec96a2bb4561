package org.dadkhah.testimony;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.shared.FileTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Upload and download of a testimony's encrypted recordings. */
@RestController
class RecordingController {

    private final Recordings recordings;

    RecordingController(Recordings recordings) {
        this.recordings = recordings;
    }

    @PostMapping(path = "/api/v1/testimonies/{id}/recordings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > FileTypes.MAX_BYTES) {
            throw InvalidRecordException.of("file", "Files may have at most 50 MB");
        }
        byte[] content = file.getBytes();
        String type = FileTypes.sniff(content).orElseThrow(() -> InvalidRecordException.of("file",
                "Not an accepted file type (audio, video, PDF, image or UTF-8 text), judged by its content"));
        String original = file.getOriginalFilename() == null ? "recording" : file.getOriginalFilename();
        if (FileTypes.hasControlCharacters(original)) {
            throw InvalidRecordException.of("file", "The file name must not contain control characters (such as NUL)");
        }
        String name = FileTypes.cleanName(original);
        String address = recordings.add(id, content, name, type, caller());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("address", address,
                "sha256", org.dadkhah.shared.Hashes.sha256(content), "fileName", name, "mediaType", type));
    }

    @GetMapping("/api/v1/testimonies/{id}/recordings")
    List<Map<String, Object>> list(@PathVariable UUID id) {
        return recordings.list(id, caller());
    }

    @GetMapping("/api/v1/testimonies/{id}/recordings/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String sha256) {
        Recordings.Recording recording = recordings.get(id, sha256, caller())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such recording"));
        return FileTypes.download(recording.content(), recording.sha256(), recording.mediaType(),
                recording.fileName());
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
