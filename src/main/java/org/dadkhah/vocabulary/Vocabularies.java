package org.dadkhah.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The controlled vocabularies, stored as data: bilingual, hierarchical terms an admin can edit. Read from memory:
 * every page and every validated field asks for terms, and they change rarely. The copy is dropped on every save
 * here and, for a change made by another process on the same database, read again when it is older than
 * {@link #FRESH_FOR_NANOS}.
 */
@Repository
public class Vocabularies {

    /** One term of a vocabulary. */
    public record Term(String vocabulary, String code, @Nullable String parentCode, String labelEn, String labelFa,
            @Nullable String note, int position, boolean active) {
    }

    /** How long a copy read from the database serves before it is read again (a change from another process). */
    static final long FRESH_FOR_NANOS = 5_000_000_000L;

    private static final RowMapper<Term> TERM = (rs, n) -> new Term(rs.getString("vocabulary"), rs.getString("code"),
            rs.getString("parent_code"), rs.getString("label_en"), rs.getString("label_fa"), rs.getString("note"),
            rs.getInt("position"), rs.getBoolean("active"));

    /** Every vocabulary's terms in order, and each term by code; immutable, replaced whole. */
    private record Copy(Map<String, List<Term>> terms, Map<String, Map<String, Term>> byCode, long readAt) {
    }

    private final JdbcClient jdbc;
    private volatile @Nullable Copy copy;

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code code} is an active term of {@code vocabulary}. */
    public boolean contains(String vocabulary, String code) {
        return term(vocabulary, code).map(Term::active).orElse(false);
    }

    /** The names of all vocabularies. */
    public List<String> names() {
        return current().terms().keySet().stream().sorted().toList();
    }

    /** The terms of one vocabulary, parents before children. */
    public List<Term> terms(String vocabulary) {
        return current().terms().getOrDefault(vocabulary, List.of());
    }

    public Optional<Term> term(String vocabulary, String code) {
        Map<String, Term> terms = current().byCode().get(vocabulary);
        return Optional.ofNullable(terms == null ? null : terms.get(code));
    }

    private Copy current() {
        Copy now = copy;
        if (now == null || System.nanoTime() - now.readAt() > FRESH_FOR_NANOS) {
            now = read();
            copy = now;
        }
        return now;
    }

    private Copy read() {
        long readAt = System.nanoTime();
        Map<String, List<Term>> terms = new HashMap<>();
        jdbc.sql("""
                select vocabulary, code, parent_code, label_en, label_fa, note, position, active
                from vocabulary_term order by vocabulary, position, code""").query(TERM).list()
                .forEach(t -> terms.computeIfAbsent(t.vocabulary(), v -> new ArrayList<>()).add(t));
        Map<String, List<Term>> lists = new HashMap<>();
        Map<String, Map<String, Term>> byCode = new HashMap<>();
        terms.forEach((name, list) -> {
            lists.put(name, List.copyOf(list));
            Map<String, Term> codes = new HashMap<>();
            list.forEach(t -> codes.put(t.code(), t));
            byCode.put(name, Map.copyOf(codes));
        });
        return new Copy(Map.copyOf(lists), Map.copyOf(byCode), readAt);
    }

    /** How deep a hierarchy may go (a top term is level 1). */
    public static final int MAX_DEPTH = 5;

    /**
     * What is wrong with a term before it is saved, by field ({@code code}, {@code labelEn}, {@code labelFa},
     * {@code parentCode}): an existing vocabulary, a code of upper-case letters, digits and _, both labels, and a
     * parent that exists in the same vocabulary without making a cycle or a hierarchy deeper than
     * {@value #MAX_DEPTH} levels. Empty when it may be saved.
     */
    public Map<String, String> problems(Term term) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Term> terms = terms(term.vocabulary());
        if (terms.isEmpty()) {
            problems.put("vocabulary", "No vocabulary " + term.vocabulary());
            return problems;
        }
        if (!term.code().matches("[A-Z][A-Z0-9_]{0,63}")) {
            problems.put("code", "A code is upper-case letters, digits and _");
        }
        if (term.labelEn().isBlank()) {
            problems.put("labelEn", "Required");
        }
        if (term.labelFa().isBlank()) {
            problems.put("labelFa", "Required");
        }
        if (term.parentCode() != null) {
            Map<String, String> parents = new HashMap<>();
            terms.forEach(t -> parents.put(t.code(), t.parentCode()));
            parents.put(term.code(), term.parentCode());
            if (terms.stream().noneMatch(t -> t.code().equals(term.parentCode()))) {
                problems.put("parentCode", "No term " + term.parentCode() + " in " + term.vocabulary());
            } else {
                int depth = 1;
                String at = term.code();
                while (parents.get(at) != null && depth <= MAX_DEPTH) {
                    at = parents.get(at);
                    depth++;
                    if (at.equals(term.code())) {
                        problems.put("parentCode", "A term cannot be placed under itself or its own descendants");
                        return problems;
                    }
                }
                if (depth > MAX_DEPTH || depth + height(term.code(), terms) > MAX_DEPTH) {
                    problems.put("parentCode", "A hierarchy has at most " + MAX_DEPTH + " levels");
                }
            }
        }
        return problems;
    }

    private static int height(String code, List<Term> terms) {
        int below = 0;
        for (Term t : terms) {
            if (code.equals(t.parentCode()) && !t.code().equals(code)) {
                below = Math.max(below, 1 + height(t.code(), terms));
            }
        }
        return Math.min(below, MAX_DEPTH + 1);
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
        forget();
    }

    /** Drops the copy now and, inside a transaction, again when it ends (a reader may have read before it did). */
    private void forget() {
        copy = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    copy = null;
                }
            });
        }
    }
}
