package org.dadkhah.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.source.Custody;
import org.dadkhah.source.SourceFiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo data set ({@code demo/demo-data.json} and the articles in {@code demo/corpus/}) through the same
 * validated path as the API, in one transaction. Ids derive from the data set's keys, so a second load finds every
 * record present and changes nothing.
 */
@Service
public class DemoData {

    /** How many records a load created, and how many it found already present. */
    public record Result(int created, int unchanged) {
    }

    static final Caller LOADER = new Caller("demo-loader", Role.ADMIN, Set.of(), true);

    private final RecordStore store;
    private final RecordTypes types;
    private final SourceFiles files;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Custody custody;

    DemoData(RecordStore store, RecordTypes types, SourceFiles files, JdbcClient jdbc, JsonMapper json, Custody custody) {
        this.custody = custody;
        this.store = store;
        this.types = types;
        this.files = files;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether the database holds no persons and no sources yet. */
    public boolean databaseEmpty() {
        return jdbc.sql("select (select count(*) from person) + (select count(*) from source)").query(Long.class).single() == 0;
    }

    /** Loads the data set; records already present are left as they are. */
    @Transactional
    public Result load() {
        JsonNode data = json.readTree(read("demo/demo-data.json"));
        DemoLoad load = new DemoLoad(this, data);
        load.run();
        return new Result(load.created(), load.unchanged());
    }

    /** Creates the record unless one with this id exists; returns whether it created it. */
    boolean createIfAbsent(String typeName, UUID id, ObjectNode body) {
        RecordType type = types.byName(typeName).orElseThrow();
        boolean exists = jdbc.sql("select count(*) from " + type.table() + " where id = ?").param(id)
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        body.put("confidentiality", "PUBLIC");
        store.create(type, body, LOADER, id);
        return true;
    }

    void attachFile(UUID sourceId, String fileName) {
        Map<String, Object> source = files.attach(sourceId, read("demo/corpus/" + fileName), fileName,
                "text/plain; charset=UTF-8", LOADER);
        custody.record(sourceId, (String) source.get("sha256"), new Custody.Entry("shared/corpus (article as scraped)",
                LOADER.username(), "demo data set, copied byte for byte", null, null), LOADER);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** The id a demo record of {@code kind} ({@code person}) with {@code key} gets on every load. */
    public static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("dadkhah-demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing demo resource " + path, e);
        }
    }
}
