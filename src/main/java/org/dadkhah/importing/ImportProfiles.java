package org.dadkhah.importing;

import java.util.List;
import java.util.Optional;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named import mappings (profiles) a team reuses for lists of one shape. Saving checks the mapping as an import would
 * ({@link ListMapping#parse}) and needs a caller who may import; saving under an existing name replaces it.
 */
@Repository
public class ImportProfiles {

    /** A saved mapping. */
    public record Profile(String name, String mapping, String updatedBy) {
    }

    private final JdbcClient jdbc;

    ImportProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every profile, by name. */
    public List<Profile> all() {
        return jdbc.sql("select name, mapping, updated_by from import_profile order by name").query(Profile.class).list();
    }

    /** One profile, if it exists. */
    public Optional<Profile> get(String name) {
        return jdbc.sql("select name, mapping, updated_by from import_profile where name = ?").param(name)
                .query(Profile.class).optional();
    }

    /**
     * Saves (or replaces) a profile.
     *
     * @throws ListMapping.InvalidMappingException when the mapping cannot be used
     * @throws IllegalArgumentException when the name is blank or longer than 100 characters
     * @throws ForbiddenException when the caller may not import
     */
    @Transactional
    public Profile save(String name, String mapping, Caller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role or token does not allow changes");
        }
        String key = name.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new IllegalArgumentException("A profile name has 1-100 characters");
        }
        if (mapping.length() > 20_000) {
            throw new ListMapping.InvalidMappingException("The mapping is longer than 20,000 characters");
        }
        ListMapping.parse(mapping);
        jdbc.sql("""
                insert into import_profile (name, mapping, updated_by) values (?, ?, ?)
                on conflict (name) do update set mapping = excluded.mapping, updated_by = excluded.updated_by,
                updated_at = now()""").params(key, mapping, caller.username()).update();
        return new Profile(key, mapping, caller.username());
    }
}
