-- The search module's own tables.
-- search_index_state: the identity of this database, recorded in the Lucene index so that an index built for
-- another database (a restored backup, another installation) is recognised and rebuilt.
create table search_index_state (
    id integer primary key check (id = 1),
    database_id uuid not null default gen_random_uuid()
);
insert into search_index_state (id) values (1);

-- search_pending: records written by the bulk path that the index has not taken in yet (a durable queue, drained
-- in the background and after a restart).
create table search_pending (
    record_type text not null,
    record_id uuid not null,
    queued_at timestamptz not null default now(),
    primary key (record_type, record_id)
);
