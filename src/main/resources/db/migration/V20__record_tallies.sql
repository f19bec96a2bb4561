-- How many live records each record table holds at each confidentiality level (and, for acts, in each Gregorian
-- year their date starts in), so that the home page counts what a caller may see without reading tables of a million
-- rows (0.6 to 1 s at 1,000,000 persons and acts). Statement triggers on every record table add a row of deltas per
-- level and statement (never updating a shared row, so concurrent writers and a long import never wait on each
-- other); RecordTallies sums them under the caller's levels and folds them together now and then.
create table record_tally (
    tbl             text   not null,
    confidentiality text   not null,
    year            int,
    n               bigint not null
);
create index record_tally_table on record_tally (tbl, confidentiality);

create function record_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, n)
    select tg_table_name, confidentiality, count(*) from new_rows where deleted_at is null group by confidentiality;
    return null;
end
$$;

create function record_tally_deleted() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, n)
    select tg_table_name, confidentiality, -count(*) from old_rows where deleted_at is null group by confidentiality;
    return null;
end
$$;

create function record_tally_updated() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, n)
    select tg_table_name, confidentiality, sum(d.n) from (
        select confidentiality, 1 as n from new_rows where deleted_at is null
        union all
        select confidentiality, -1 from old_rows where deleted_at is null) d
    group by confidentiality having sum(d.n) <> 0;
    return null;
end
$$;

-- Acts are tallied by level and by the year their date starts in (null: no date), as the home page's acts per year
-- count them (RecordSummaries.countByYear).
create function act_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, year, n)
    select 'act', confidentiality, extract(year from date_earliest)::int, count(*) from new_rows
    where deleted_at is null group by 2, 3;
    return null;
end
$$;

create function act_tally_deleted() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, year, n)
    select 'act', confidentiality, extract(year from date_earliest)::int, -count(*) from old_rows
    where deleted_at is null group by 2, 3;
    return null;
end
$$;

create function act_tally_updated() returns trigger language plpgsql as $$
begin
    insert into record_tally (tbl, confidentiality, year, n)
    select 'act', d.confidentiality, d.year, sum(d.n) from (
        select confidentiality, extract(year from date_earliest)::int as year, 1 as n from new_rows
        where deleted_at is null
        union all
        select confidentiality, extract(year from date_earliest)::int, -1 from old_rows where deleted_at is null) d
    group by 2, 3 having sum(d.n) <> 0;
    return null;
end
$$;

do $$
declare
    t text;
    prefix text;
begin
    foreach t in array array['person', 'place', 'organisation', 'post_held', 'event', 'act', 'involvement',
            'proceeding', 'relationship', 'source', 'citation', 'claim', 'testimony'] loop
        prefix := case when t = 'act' then 'act' else 'record' end;
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
            || ' for each statement execute function %s_tally_inserted()', t || '_tally_inserted', t, prefix);
        execute format('create trigger %I after delete on %I referencing old table as old_rows'
            || ' for each statement execute function %s_tally_deleted()', t || '_tally_deleted', t, prefix);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function %s_tally_updated()', t || '_tally_updated', t, prefix);
        if t = 'act' then
            insert into record_tally (tbl, confidentiality, year, n)
            select 'act', confidentiality, extract(year from date_earliest)::int, count(*) from act
            where deleted_at is null group by 2, 3;
        else
            execute format('insert into record_tally (tbl, confidentiality, n) select %L, confidentiality, count(*)'
                || ' from %I where deleted_at is null group by confidentiality', t, t);
        end if;
    end loop;
end
$$;
