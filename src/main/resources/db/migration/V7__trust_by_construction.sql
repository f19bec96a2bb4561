-- A share grants reading; editing a record's fields only when it says so (never its level, deletion or restoring).
alter table record_share add column may_edit boolean not null default false;

-- Testimony recordings live in a store of their own, apart from evidence files: encrypted, and addressed by a keyed
-- hash (HMAC with a key outside the database) so that no upload can probe whether a recording with given bytes exists.
create table recording_file (
    address    text primary key check (address ~ '^[0-9a-f]{64}$'),
    size       bigint not null,
    media_type text not null,
    content    bytea not null,
    created_at timestamptz not null default now()
);
alter table testimony_recording add column address text references recording_file (address);
alter table testimony_recording alter column sha256 drop not null;
