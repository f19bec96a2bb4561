package org.dadkhah.linkage;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons as groups of linked records: the records joined by accepted links, followed only through records the
 * caller may read (a hidden record neither shows in a group nor joins two records the caller sees). This is the
 * public API through which counting can take each linked person once.
 */
@Service
@Transactional
public class PersonGroups {

    private final PersonLinks links;
    private final PersonSource source;
    private final RecordQueries queries;

    PersonGroups(PersonLinks links, PersonSource source, RecordQueries queries) {
        this.links = links;
        this.source = source;
        this.queries = queries;
    }

    /** The readable person records linked (directly or through others) to {@code person}, itself included. */
    public Set<UUID> group(UUID person, Caller caller) {
        Map<UUID, UUID> representatives = representatives(List.of(person), caller);
        UUID mine = representatives.get(person);
        Set<UUID> group = new TreeSet<>();
        representatives.forEach((record, representative) -> {
            if (representative.equals(mine)) {
                group.add(record);
            }
        });
        return group;
    }

    /**
     * For each readable person in {@code persons}, and each readable record linked to them, the group's
     * representative: the smallest id in the group. Counting distinct representatives counts each person once.
     */
    public Map<UUID, UUID> representatives(Collection<UUID> persons, Caller caller) {
        Set<UUID> seen = new HashSet<>(queries.visibleIds(source.persons(), persons, caller));
        Map<UUID, Set<UUID>> edges = new HashMap<>();
        Deque<UUID> frontier = new ArrayDeque<>(seen);
        while (!frontier.isEmpty()) {
            List<UUID> batch = List.copyOf(frontier);
            frontier.clear();
            Set<UUID> found = new HashSet<>();
            for (PersonLinks.Link link : links.acceptedAround(batch)) {
                edges.computeIfAbsent(link.left(), k -> new HashSet<>()).add(link.right());
                edges.computeIfAbsent(link.right(), k -> new HashSet<>()).add(link.left());
                found.add(link.left());
                found.add(link.right());
            }
            found.removeAll(seen);
            Set<UUID> visible = found.isEmpty() ? Set.of() : queries.visibleIds(source.persons(), found, caller);
            seen.addAll(visible);
            frontier.addAll(visible);
        }
        Map<UUID, UUID> representative = new HashMap<>();
        for (UUID start : new TreeSet<>(seen)) {
            if (representative.containsKey(start)) {
                continue;
            }
            Deque<UUID> stack = new ArrayDeque<>(List.of(start));
            representative.put(start, start);
            while (!stack.isEmpty()) {
                for (UUID next : edges.getOrDefault(stack.pop(), Set.of())) {
                    if (seen.contains(next) && !representative.containsKey(next)) {
                        representative.put(next, start);
                        stack.push(next);
                    }
                }
            }
        }
        return representative;
    }
}
