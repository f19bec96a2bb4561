package org.dadkhah.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.security.Accounts;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linkage of the persons in the database: runs the engine over the persons a caller may read (the review decisions
 * made so far are its labels), stores the pairs for review, and records reviewers' decisions. Accepted pairs group
 * person records under one person without changing any record; undoing a decision puts the pair back in the queue,
 * and every change is kept.
 */
@Service
@Transactional
public class PersonLinking {

    /** What a run did. */
    public record Outcome(int persons, long candidates, long links, long review, int newPairs, double seconds) {
    }

    private final PersonSource source;
    private final PersonLinks links;
    private final RecordQueries queries;
    private final Accounts accounts;

    PersonLinking(PersonSource source, PersonLinks links, RecordQueries queries, Accounts accounts) {
        this.source = source;
        this.links = links;
        this.queries = queries;
        this.accounts = accounts;
    }

    /** The caller for an account name (the command line's {@code --user}). */
    public Caller callerOf(String username) {
        return accounts.byUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account named '" + username + "'"));
    }

    /** Runs linkage over every person the caller may read. */
    public Outcome run(Caller caller) {
        return run(caller, null);
    }

    /** Runs linkage over the persons the caller may read whose names match {@code name} (all when null). */
    public Outcome run(Caller caller, @Nullable String name) {
        requireWrite(caller);
        List<LinkRecord> persons = source.readable(caller, name);
        LinkageRun run = LinkageEngine.run(PersonSource.CONFIG, persons, null, links.labels());
        Map<ScoredPair, Explanation> explanations = new HashMap<>();
        run.pairs().forEach(p -> explanations.put(p, run.explain(p.leftId(), p.rightId())));
        int added = links.saveScores(run.pairs(), explanations, caller.username());
        long linked = run.pairs().stream().filter(p -> p.decision().equals(ScoredPair.LINK)).count();
        return new Outcome(persons.size(), run.candidates(), linked, run.pairs().size() - linked, added,
                run.took().toMillis() / 1000.0);
    }

    /** A person proposes two person records as one person; both must be readable to the caller. */
    public UUID propose(UUID left, UUID right, Caller caller) {
        requireWrite(caller);
        if (left.equals(right)) {
            throw InvalidRecordException.of("right", "A person record cannot be linked to itself");
        }
        requireVisible(left, right, caller);
        return links.propose(left, right, caller.username()).id();
    }

    /** Accepts, rejects or skips a pair. */
    public void decide(UUID pair, String decision, @Nullable String note, Caller caller) {
        String status = switch (decision.toLowerCase(Locale.ROOT)) {
            case "accept" -> "ACCEPTED";
            case "reject" -> "REJECTED";
            case "skip" -> "SKIPPED";
            default -> throw InvalidRecordException.of("decision", "Use accept, reject or skip");
        };
        PersonLinks.Link link = writable(pair, caller);
        links.setStatus(link.id(), status, caller.username(), note);
    }

    /** Undoes a decision: the pair waits for review again (its history keeps the decision). */
    public void undo(UUID pair, @Nullable String note, Caller caller) {
        PersonLinks.Link link = writable(pair, caller);
        if (link.status().equals("PENDING")) {
            throw InvalidRecordException.of("status", "This pair has no decision to undo");
        }
        links.setStatus(link.id(), "PENDING", caller.username(), note == null ? "undone" : note);
    }

    private PersonLinks.Link writable(UUID pair, Caller caller) {
        requireWrite(caller);
        PersonLinks.Link link = readable(pair, caller);
        return link;
    }

    /** A pair both of whose persons the caller may read (404 otherwise, as for a pair that does not exist). */
    PersonLinks.Link readable(UUID pair, Caller caller) {
        PersonLinks.Link link = links.find(pair).orElseThrow(() -> new RecordNotFoundException("linkage pair", pair));
        if (queries.visibleIds(source.persons(), List.of(link.left(), link.right()), caller).size() != 2) {
            throw new RecordNotFoundException("linkage pair", pair);
        }
        return link;
    }

    private void requireVisible(UUID left, UUID right, Caller caller) {
        Set<UUID> visible = queries.visibleIds(source.persons(), List.of(left, right), caller);
        if (!visible.contains(left)) {
            throw new RecordNotFoundException("persons", left);
        }
        if (!visible.contains(right)) {
            throw new RecordNotFoundException("persons", right);
        }
    }

    private static void requireWrite(Caller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Linking persons needs a role that writes and a write-scoped token");
        }
    }
}
