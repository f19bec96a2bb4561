package org.dadkhah.organisation;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.ListFilter;
import org.dadkhah.security.Visibility.Condition;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.springframework.stereotype.Component;

/**
 * "Who held post P at date D" in one query: {@code GET /api/v1/posts?organisation=ID&title=...&at=D} finds the posts
 * whose span may overlap the date (a partial date, in either calendar). An unknown start or end counts as open.
 */
@Component
class PostsHeldAt implements ListFilter {

    @Override
    public String path() {
        return "posts";
    }

    @Override
    public String parameter() {
        return "at";
    }

    @Override
    public Condition condition(String value) {
        PartialDate date;
        try {
            date = PartialDate.parse(value);
        } catch (InvalidPartialDateException e) {
            throw InvalidRecordException.of("at", e.getMessage());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(true");
        if (date.latest() != null) {
            sql.append(" and (t.from_earliest is null or t.from_earliest <= ?)");
            params.add(date.latest());
        }
        if (date.earliest() != null) {
            sql.append(" and (t.to_latest is null or t.to_latest >= ?)");
            params.add(date.earliest());
        }
        return new Condition(sql.append(")").toString(), params);
    }
}
