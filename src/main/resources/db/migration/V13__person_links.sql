-- Record linkage of persons (module org.dadkhah.linkage). A pair of person records that may be one person, with
-- the engine's score and waterfall (field, level and weight only: values are read from the records through the read
-- layer when shown) and a reviewer's status. Accepted pairs group records under one person without changing them;
-- undoing sets the status back, and every status change is kept in person_link_event (append-only).
create table person_link (
    id uuid primary key,
    left_id uuid not null references person (id),
    right_id uuid not null references person (id),
    weight double precision,
    probability double precision,
    suggested text check (suggested in ('link', 'review')),
    explanation jsonb,
    status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'SKIPPED')),
    origin text not null check (origin in ('RUN', 'PROPOSED')),
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    constraint person_link_ordered check (left_id < right_id),
    constraint person_link_pair unique (left_id, right_id)
);

create index person_link_right on person_link (right_id);
create index person_link_queue on person_link (status, (abs(probability - 0.5)));

create table person_link_event (
    id bigserial primary key,
    link_id uuid not null references person_link (id),
    status text not null,
    actor text not null,
    at timestamptz not null default now(),
    note text
);

create index person_link_event_link on person_link_event (link_id, id);

create function person_link_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'person_link_event is append-only';
end $$;

create trigger person_link_event_no_change before update or delete on person_link_event
    for each statement execute function person_link_event_append_only();
create trigger person_link_event_no_truncate before truncate on person_link_event
    for each statement execute function person_link_event_append_only();
