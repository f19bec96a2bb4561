-- A known value sealed with the installation's key: proves at start-up that the key file is the right one.
create table key_check (
    id    int primary key check (id = 1),
    value text not null
);

-- Consent can be withdrawn; it then takes effect on every read path at once.
alter table testimony add column consent_withdrawn boolean not null default false;
alter table testimony add column notes text;

-- Chain of custody of evidence files (Berkeley Protocol): who held a file, when, how it was passed on.
create table file_custody (
    id            uuid primary key,
    sha256        text not null references stored_file (sha256),
    source_id     uuid references source (id),
    at            timestamptz not null default now(),
    received_from text,
    received_by   text not null,
    method        text,
    transferred_to text,
    notes         text
);
create index file_custody_sha on file_custody (sha256, at);
alter table person add column contact_sealed text;
