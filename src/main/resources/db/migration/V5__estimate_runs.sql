-- Stored multiple systems estimation runs: the request (inputs, settings and seed), the capture-history table
-- actually used, the result and the generated statement of method. Runs hold counts only, never names.
-- confidentiality is the most confidential level of anything counted, so that a run is shown only to callers
-- who may count that level (or to the account that made it); reads go through Visibility.countable.
create table estimate_run (
    id               uuid primary key,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    confidentiality  text not null default 'INTERNAL',
    request          jsonb not null,
    lists            jsonb not null,
    table_csv        text not null,
    result           jsonb not null,
    method_statement text not null
);
create index estimate_run_created on estimate_run (created_at desc, id desc);
create index estimate_run_creator on estimate_run (created_by);
