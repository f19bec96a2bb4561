package org.dadkhah.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.springframework.stereotype.Component;

/**
 * The caller's rights as a filter inside the Lucene query, from the same inputs as {@code Visibility.readable}:
 * a record is found when its level is one the caller's role reads, or when it is shared with the caller or one of
 * their groups. Shares are not in the index: the shared ids are asked of the read layer at query time, so a share
 * granted or withdrawn after indexing counts at once. Hits are checked once more through the read layer before
 * they are shown.
 */
@Component
class SearchRights {

    private final RecordQueries queries;
    private final IndexedTypes types;

    SearchRights(RecordQueries queries, IndexedTypes types) {
        this.queries = queries;
        this.types = types;
    }

    /** The levels the caller reads by role (as {@code Visibility} counts them: at most the read ceiling). */
    static Set<String> readableLevels(Caller caller) {
        return Arrays.stream(Confidentiality.values()).filter(caller::mayRead).map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The filter: a readable level, or shared with the caller. */
    Query filter(Caller caller) {
        return filter(caller, types.all());
    }

    /** The filter for records of {@code searched} types only (fewer shares to ask for). */
    Query filter(Caller caller, List<RecordType> searched) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        filter.add(new TermInSetQuery(SearchFields.LEVEL, readableLevels(caller).stream().map(BytesRef::new).toList()),
                Occur.SHOULD);
        List<BytesRef> shared = new ArrayList<>();
        searched.forEach(type -> queries.sharedIds(type, caller).forEach(id -> shared.add(new BytesRef(id.toString()))));
        if (!shared.isEmpty()) {
            filter.add(new TermInSetQuery(SearchFields.ID, shared), Occur.SHOULD);
        }
        return filter.build();
    }
}
