-- record_history is append-only, as audit_log is (V3): a trigger refuses update, delete and truncate, so that a
-- record's past versions cannot be rewritten or removed through SQL.
create or replace function record_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'record_history is append-only';
end $$;
create trigger record_history_no_update before update or delete or truncate on record_history
    for each statement execute function record_history_append_only();
