-- The person list's ?name= answers from the search index (ranked, any spelling, either script). The trigram index on
-- person_name.match_key served only the SQL containment filter, which now answers only where no index runs (a command
-- beside a server) and which, OR-ed with the unindexed skeleton, could not use it anyway. Every imported or saved
-- name paid for it (about 14% of a list import's database time, bench/import --breakdown).
drop index if exists person_name_key_trgm;

-- Citations are looked up by record_id (citation_record_id, V6); the older index on (record_type, record_id) only
-- repeated it, at about 4 s per million imported citations.
drop index if exists citation_record;

-- demo_key marks the demo's own records (a few hundred); every other row left a null entry in a unique index.
alter table organisation drop constraint if exists organisation_demo_key_key;
alter table place drop constraint if exists place_demo_key_key;
alter table person drop constraint if exists person_demo_key_key;
alter table event drop constraint if exists event_demo_key_key;
alter table act drop constraint if exists act_demo_key_key;
alter table proceeding drop constraint if exists proceeding_demo_key_key;
alter table source drop constraint if exists source_demo_key_key;
create unique index organisation_demo_key on organisation (demo_key) where demo_key is not null;
create unique index place_demo_key on place (demo_key) where demo_key is not null;
create unique index person_demo_key on person (demo_key) where demo_key is not null;
create unique index event_demo_key on event (demo_key) where demo_key is not null;
create unique index act_demo_key on act (demo_key) where demo_key is not null;
create unique index proceeding_demo_key on proceeding (demo_key) where demo_key is not null;
create unique index source_demo_key on source (demo_key) where demo_key is not null;
