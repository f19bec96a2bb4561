package org.dadkhah.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds to every person the posts they held, with the organisation's name and each post's citations. */
@Component
class PostsEmbed implements RecordEmbed {

    private final RecordQueries queries;
    private final RecordType posts;
    private final JdbcClient jdbc;

    PostsEmbed(@Lazy RecordQueries queries, @Qualifier("posts") RecordType posts, JdbcClient jdbc) {
        this.queries = queries;
        this.posts = posts;
        this.jdbc = jdbc;
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
        List<Map<String, Object>> items = queries.related(posts, "person_id", id, caller);
        for (Map<String, Object> post : items) {
            jdbc.sql("select name, name_fa from organisation where id = ?").param(post.get("organisation"))
                    .query().listOfRows().stream().findFirst().ifPresent(org -> {
                        post.put("organisationName", org.get("name"));
                        post.put("organisationNameFa", org.get("name_fa"));
                    });
        }
        return items;
    }
}
