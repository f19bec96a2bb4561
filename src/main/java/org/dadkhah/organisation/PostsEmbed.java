package org.dadkhah.organisation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds to every person the posts they held that the caller may see, each with its organisation's name when the
 * caller may see that organisation (otherwise the post shows the organisation's id alone).
 */
@Component
class PostsEmbed implements RecordEmbed {

    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordType posts;
    private final RecordType organisations;

    PostsEmbed(@Lazy RecordQueries queries, @Lazy RelatedRecords related, @Qualifier("posts") RecordType posts,
            @Qualifier("organisations") RecordType organisations) {
        this.queries = queries;
        this.related = related;
        this.posts = posts;
        this.organisations = organisations;
    }

    @Override
    public String path() {
        return "persons";
    }

    @Override
    public String json() {
        return "posts";
    }

    @Override
    public Object load(UUID id, Caller caller) {
        return loadAll(List.of(id), caller).get(id);
    }

    @Override
    public Map<UUID, Object> loadAll(List<UUID> ids, Caller caller) {
        Map<UUID, List<Map<String, Object>>> byPerson = related.relatedAll(posts, "person_id", ids, caller);
        List<UUID> orgIds = byPerson.values().stream().flatMap(List::stream)
                .map(p -> (UUID) p.get("organisation")).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Map<String, Object>> orgs = queries.getAll(organisations, orgIds, caller, false);
        byPerson.values().stream().flatMap(List::stream).forEach(post -> {
            Map<String, Object> org = orgs.get((UUID) post.get("organisation"));
            if (org != null) {
                post.put("organisationName", org.get("name"));
                post.put("organisationNameFa", org.get("nameFa"));
            }
        });
        return new java.util.LinkedHashMap<>(byPerson);
    }
}
