package org.dadkhah.search;

import java.util.List;
import java.util.UUID;
import org.dadkhah.records.RankedListFilter;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers the person list's {@code ?name=} (API, pages, pickers, exports) from the search index, best match first,
 * however the name is spelled and in either script. The person module's own filter still checks the value.
 */
@Component
class PersonNameRanking implements RankedListFilter {

    private final SearchService search;

    PersonNameRanking(@Lazy SearchService search) {
        this.search = search;
    }

    @Override
    public String path() {
        return "persons";
    }

    @Override
    public String parameter() {
        return "name";
    }

    @Override
    public @Nullable List<UUID> rank(String value, Caller caller, int limit) {
        return search.rankNames("person", value, caller, limit);
    }
}
