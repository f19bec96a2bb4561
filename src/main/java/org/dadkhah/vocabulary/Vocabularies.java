package org.dadkhah.vocabulary;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The controlled vocabularies, stored as data: bilingual, hierarchical terms an admin can edit. */
@Repository
public class Vocabularies {

    /** One term of a vocabulary. */
    public record Term(String vocabulary, String code, @Nullable String parentCode, String labelEn, String labelFa,
            @Nullable String note, int position, boolean active) {
    }

    private final JdbcClient jdbc;

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code code} is an active term of {@code vocabulary}. */
    public boolean contains(String vocabulary, String code) {
        return jdbc.sql("select count(*) from vocabulary_term where vocabulary = ? and code = ? and active")
                .params(vocabulary, code).query(Long.class).single() > 0;
    }

    /** The names of all vocabularies. */
    public List<String> names() {
        return jdbc.sql("select distinct vocabulary from vocabulary_term order by 1").query(String.class).list();
    }

    /** The terms of one vocabulary, parents before children. */
    public List<Term> terms(String vocabulary) {
        return jdbc.sql("""
                select vocabulary, code, parent_code, label_en, label_fa, note, position, active
                from vocabulary_term where vocabulary = ? order by position, code""")
                .param(vocabulary).query(Term.class).list();
    }

    public Optional<Term> term(String vocabulary, String code) {
        return jdbc.sql("""
                select vocabulary, code, parent_code, label_en, label_fa, note, position, active
                from vocabulary_term where vocabulary = ? and code = ?""")
                .params(vocabulary, code).query(Term.class).optional();
    }

    /** Adds or replaces a term. */
    public void save(Term term) {
        jdbc.sql("""
                insert into vocabulary_term (vocabulary, code, parent_code, label_en, label_fa, note, position, active)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (vocabulary, code) do update set parent_code = excluded.parent_code,
                  label_en = excluded.label_en, label_fa = excluded.label_fa, note = excluded.note,
                  position = excluded.position, active = excluded.active""")
                .params(term.vocabulary(), term.code(), term.parentCode(), term.labelEn(), term.labelFa(),
                        term.note(), term.position(), term.active())
                .update();
    }
}
