package org.dadkhah.source;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Hashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A source's file, stored content-addressed by its SHA-256 and re-checked whenever it is read. */
@Service
public class SourceFiles {

    /** A stored file's content with its name and type. */
    public record StoredFile(String sha256, String fileName, String mediaType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final RecordStore store;
    private final RecordQueries queries;
    private final RecordType sources;

    SourceFiles(JdbcClient jdbc, RecordStore store, RecordQueries queries, @Qualifier("sources") RecordType sources) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
        this.sources = sources;
    }

    /** Stores the file (once per content) and attaches it to the source; returns the source. */
    @Transactional
    public Map<String, Object> attach(UUID sourceId, byte[] content, String fileName, String mediaType, Caller caller) {
        String hash = Hashes.sha256(content);
        jdbc.sql("insert into stored_file (sha256, size, media_type, content) values (?, ?, ?, ?) on conflict do nothing")
                .params(hash, (long) content.length, mediaType, content).update();
        return store.setGenerated(sources, sourceId, Map.of("sha256", hash, "file_name", fileName), caller);
    }

    /**
     * Stores a large file (once per content) by streaming it from disk, and attaches it to the source; the caller
     * has computed {@code sha256} from the same bytes. Returns the source.
     */
    @Transactional
    public Map<String, Object> attach(UUID sourceId, java.nio.file.Path file, String sha256, String fileName,
            String mediaType, Caller caller) throws java.io.IOException {
        long size = java.nio.file.Files.size(file);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            org.springframework.jdbc.core.SqlTypeValue content = (ps, index, sqlType, typeName) ->
                    ps.setBinaryStream(index, in, size);
            jdbc.sql("insert into stored_file (sha256, size, media_type, content) values (?, ?, ?, ?) on conflict do nothing")
                    .params(sha256, size, mediaType, content).update();
        }
        return store.setGenerated(sources, sourceId, Map.of("sha256", sha256, "file_name", fileName), caller);
    }

    /** The source's file if the caller may see the source; fails if the stored bytes no longer match their hash. */
    @Transactional
    public Optional<StoredFile> file(UUID sourceId, Caller caller) {
        Map<String, Object> source = queries.get(sources, sourceId, caller);
        String hash = (String) source.get("sha256");
        if (hash == null) {
            return Optional.empty();
        }
        return jdbc.sql("select media_type, content from stored_file where sha256 = ?").param(hash).query().listOfRows()
                .stream().findFirst().map(row -> {
                    byte[] content = (byte[]) row.get("content");
                    if (!Hashes.sha256(content).equals(hash)) {
                        throw new IllegalStateException("Stored file " + hash + " is corrupt: its hash no longer matches");
                    }
                    return new StoredFile(hash, String.valueOf(source.get("fileName")), (String) row.get("media_type"),
                            content);
                });
    }
}
