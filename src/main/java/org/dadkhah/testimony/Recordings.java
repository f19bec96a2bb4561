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
 * Recordings of a testimony, in a store of their own (never the evidence store): encrypted at rest, addressed by a
 * keyed hash of their content (so no upload can probe whether given bytes are stored), re-checked when read, and
 * readable only by those who may see the testimony's sealed fields.
 */
@Service
public class Recordings {

    /** A decrypted recording. */
    public record Recording(String address, String sha256, String fileName, String mediaType, byte[] content) {
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

    /** Stores an encrypted recording for a testimony; returns its address (the keyed hash of its content). */
    @Transactional
    public String add(UUID testimony, byte[] content, String fileName, String mediaType, Caller caller) {
        if (!caller.mayWrite() || !queries.maySeeSealed(testimonies, testimony, caller)) {
            throw new ForbiddenException("You may not add recordings to this testimony");
        }
        String address = store(content, mediaType);
        int position = jdbc.sql("select count(*) from testimony_recording where parent_id = ?").param(testimony)
                .query(Integer.class).single();
        jdbc.sql("insert into testimony_recording (id, parent_id, position, address, file_name) values (?, ?, ?, ?, ?)")
                .params(Ids.next(), testimony, position, address, fileName).update();
        return address;
    }

    /** Puts encrypted content into the recording store (once per content); returns its address. */
    String store(byte[] content, String mediaType) {
        String address = sealer.keyedHash(content);
        jdbc.sql("""
                insert into recording_file (address, size, media_type, content) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(address, (long) content.length, mediaType, sealer.sealBytes(content, context(address))).update();
        return address;
    }

    /** The recordings' addresses and names, if the caller may see the testimony's sealed fields. */
    @Transactional
    public List<Map<String, Object>> list(UUID testimony, Caller caller) {
        requireSealed(testimony, caller);
        return jdbc.sql("""
                select r.address, r.file_name as "fileName", f.media_type as "mediaType", f.size
                from testimony_recording r join recording_file f on f.address = r.address
                where r.parent_id = ? order by r.position""").param(testimony).query().listOfRows();
    }

    /**
     * One recording of the testimony, decrypted and checked against its address; {@code key} is its address or
     * the SHA-256 of its content.
     */
    @Transactional
    public Optional<Recording> get(UUID testimony, String key, Caller caller) {
        requireSealed(testimony, caller);
        return jdbc.sql("""
                select r.address, r.file_name, f.media_type, f.content from testimony_recording r
                join recording_file f on f.address = r.address where r.parent_id = ? order by r.address = ? desc""")
                .params(testimony, key).query().listOfRows().stream().map(this::open)
                .filter(r -> r.address().equals(key) || r.sha256().equals(key)).findFirst();
    }

    private Recording open(Map<String, Object> row) {
        String address = (String) row.get("address");
        byte[] plain = sealer.openBytes((byte[]) row.get("content"), context(address));
        if (!sealer.keyedHash(plain).equals(address)) {
            throw new IllegalStateException("Recording " + address + " is corrupt: its keyed hash no longer matches");
        }
        return new Recording(address, Hashes.sha256(plain), (String) row.get("file_name"),
                (String) row.get("media_type"), plain);
    }

    private void requireSealed(UUID testimony, Caller caller) {
        if (!queries.maySeeSealed(testimonies, testimony, caller)) {
            throw new RecordNotFoundException("testimony recording", testimony);
        }
    }

    private static String context(String address) {
        return "recording_file." + address;
    }
}
