package org.dadkhah.testimony;

import java.util.List;
import java.util.Map;
import org.dadkhah.security.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves recordings stored by earlier versions in the evidence store (encrypted, addressed by plain SHA-256) into
 * the recording store, at start-up, in one transaction; does nothing once they are moved.
 */
@Component
class RecordingStoreUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecordingStoreUpgrade.class);

    private final JdbcClient jdbc;
    private final Sealer sealer;
    private final Recordings recordings;
    private final TransactionTemplate transaction;

    RecordingStoreUpgrade(JdbcClient jdbc, Sealer sealer, Recordings recordings, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.recordings = recordings;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer moved = transaction.execute(status -> moveLegacy());
        if (moved != null && moved > 0) {
            log.info("Moved {} testimony recordings into the separate recording store", moved);
        }
    }

    int moveLegacy() {
        List<Map<String, Object>> legacy = jdbc.sql("""
                select r.id, r.sha256, f.media_type, f.content from testimony_recording r
                join stored_file f on f.sha256 = r.sha256 where r.address is null and f.encrypted""")
                .query().listOfRows();
        for (Map<String, Object> row : legacy) {
            String sha = (String) row.get("sha256");
            byte[] plain = sealer.openBytes((byte[]) row.get("content"), "stored_file." + sha);
            String address = recordings.store(plain, (String) row.get("media_type"));
            jdbc.sql("update testimony_recording set address = ?, sha256 = null where id = ?")
                    .params(address, row.get("id")).update();
        }
        jdbc.sql("""
                delete from stored_file f where f.encrypted
                and not exists (select 1 from testimony_recording r where r.sha256 = f.sha256)
                and not exists (select 1 from source s where s.sha256 = f.sha256)
                and not exists (select 1 from file_custody c where c.sha256 = f.sha256)""").update();
        return legacy.size();
    }
}
