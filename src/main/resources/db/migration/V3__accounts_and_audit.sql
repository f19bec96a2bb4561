-- Accounts, API tokens, record history and the hash-chained audit log.
create table app_user (
    id            uuid primary key,
    username      text not null unique check (username ~ '^[A-Za-z0-9._@-]{1,100}$'),
    password_hash text not null,
    role          text not null,
    totp_secret   text,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

create table user_group (
    username   text not null references app_user (username) on delete cascade,
    group_name text not null,
    primary key (username, group_name)
);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    token_hash   text not null unique,
    scope        text not null check (scope in ('read', 'write')),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- Every change to a record: who, when, what, before and after. Never trimmed.
create table record_history (
    seq          bigserial primary key,
    record_type  text not null,
    record_id    uuid not null,
    version      bigint not null,
    action       text not null,
    actor        text not null,
    at           timestamptz not null,
    before_state jsonb,
    after_state  jsonb not null
);
create index record_history_record on record_history (record_type, record_id, seq);

-- Append-only, hash-chained: each entry carries the hash of the one before.
create table audit_log (
    seq         bigint primary key,
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    record_type text,
    record_id   uuid,
    detail      text,
    prev_hash   text not null,
    hash        text not null
);

create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete or truncate on audit_log
    for each statement execute function audit_log_append_only();
