package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Re-encrypts every sealed field with the current primary key (after {@code keys rotate}). */
@Service
public class SealedFields {

    private final JdbcClient jdbc;
    private final RecordTypes types;
    private final Sealer sealer;
    private final Sealing sealing;

    SealedFields(JdbcClient jdbc, RecordTypes types, Sealer sealer, Sealing sealing) {
        this.jdbc = jdbc;
        this.types = types;
        this.sealer = sealer;
        this.sealing = sealing;
    }

    /** Rotates the key and re-seals all sealed values in one transaction; returns how many values were re-sealed. */
    @Transactional
    public int rotateAndReseal() {
        sealer.rotate();
        int count = 0;
        for (RecordType type : types.all()) {
            for (Field field : type.fields()) {
                if (field.kind() == Field.Kind.SEALED) {
                    count += resealRecords(type.table(), field.column());
                }
            }
        }
        count += reseal("key_check", "value");
        count += reseal("app_user", "totp_secret");
        return count;
    }

    private int resealRecords(String table, String column) {
        List<Map<String, Object>> rows = jdbc.sql("select id, " + column + " as v from " + table + " where " + column
                + " is not null").query().listOfRows();
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("id");
            jdbc.sql("update " + table + " set " + column + " = ? where id = ?")
                    .params(sealing.reseal(table, column, id, (String) row.get("v")), id).update();
        }
        return rows.size();
    }

    private int reseal(String table, String column) {
        String context = table + "." + column;
        List<Map<String, Object>> rows = jdbc.sql("select id, " + column + " as v from " + table + " where " + column
                + " is not null").query().listOfRows();
        for (Map<String, Object> row : rows) {
            String fresh = sealer.seal(sealer.open((String) row.get("v"), context), context);
            jdbc.sql("update " + table + " set " + column + " = ? where id = ?").params(fresh, row.get("id")).update();
        }
        return rows.size();
    }

    /** Visible for tests: the raw stored value of a sealed column. */
    String raw(String table, String column, UUID id) {
        return jdbc.sql("select " + column + " from " + table + " where id = ?").param(id).query(String.class).single();
    }
}
