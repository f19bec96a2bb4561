package org.dadkhah.testimony;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Sealer;
import org.dadkhah.shared.Hashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recordings of a testimony: encrypted at rest, addressed by the SHA-256 of their content (re-checked when read),
 * readable only by those who may see the testimony's sealed fields.
 */
@Service
public class Recordings {

    /** A decrypted recording. */
    public record Recording(String sha256, String fileName, String mediaType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final RecordQueries queries;
    private final RecordType testimonies;

    Recordings(JdbcClient jdbc, Sealer sealer, RecordQueries queries, @Qualifier("testimonies") RecordType testimonies) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.queries = queries;
        this.testimonies = testimonies;
    }

    /** Stores an encrypted recording for a testimony; returns its hash. */
    @Transactional
    public String add(UUID testimony, byte[] content, String fileName, String mediaType, Caller caller) {
        if (!caller.mayWrite() || !queries.maySeeSealed(testimonies, testimony, caller)) {
            throw new ForbiddenException("You may not add recordings to this testimony");
        }
        String hash = Hashes.sha256(content);
        jdbc.sql("""
                insert into stored_file (sha256, size, media_type, encrypted, content) values (?, ?, ?, true, ?)
                on conflict do nothing""")
                .params(hash, (long) content.length, mediaType, sealer.sealBytes(content, context(hash))).update();
        int position = jdbc.sql("select count(*) from testimony_recording where parent_id = ?").param(testimony)
                .query(Integer.class).single();
        jdbc.sql("insert into testimony_recording (id, parent_id, position, sha256, file_name) values (?, ?, ?, ?, ?)")
                .params(Ids.next(), testimony, position, hash, fileName).update();
        return hash;
    }

    /** The recordings' hashes and names, if the caller may see the testimony's sealed fields. */
    @Transactional
    public List<Map<String, Object>> list(UUID testimony, Caller caller) {
        requireSealed(testimony, caller);
        return jdbc.sql("""
                select r.sha256, r.file_name as "fileName", f.media_type as "mediaType", f.size
                from testimony_recording r join stored_file f on f.sha256 = r.sha256
                where r.parent_id = ? order by r.position""").param(testimony).query().listOfRows();
    }

    /** One recording, decrypted and checked against its hash. */
    @Transactional
    public Optional<Recording> get(UUID testimony, String sha256, Caller caller) {
        requireSealed(testimony, caller);
        return jdbc.sql("""
                select r.file_name, f.media_type, f.content from testimony_recording r
                join stored_file f on f.sha256 = r.sha256 where r.parent_id = ? and r.sha256 = ?""")
                .params(testimony, sha256).query().listOfRows().stream().findFirst().map(row -> {
                    byte[] plain = sealer.openBytes((byte[]) row.get("content"), context(sha256));
                    if (!Hashes.sha256(plain).equals(sha256)) {
                        throw new IllegalStateException("Recording " + sha256 + " is corrupt: its hash no longer matches");
                    }
                    return new Recording(sha256, (String) row.get("file_name"), (String) row.get("media_type"), plain);
                });
    }

    private void requireSealed(UUID testimony, Caller caller) {
        if (!queries.maySeeSealed(testimonies, testimony, caller)) {
            throw new RecordNotFoundException("testimony recording", testimony);
        }
    }

    private static String context(String sha256) {
        return "stored_file." + sha256;
    }

}
