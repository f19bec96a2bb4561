-- Dadkhah schema: "who did what to whom" (HURIDOCS Events Standard Formats), sources, claims, testimony.
-- Every record table carries: id, version (optimistic locking), confidentiality, soft deletion and stamps.
create extension if not exists pg_trgm;

create table vocabulary_term (
    vocabulary  text not null,
    code        text not null,
    parent_code text,
    label_en    text not null,
    label_fa    text not null,
    note        text,
    position    int  not null default 0,
    active      boolean not null default true,
    primary key (vocabulary, code),
    foreign key (vocabulary, parent_code) references vocabulary_term (vocabulary, code)
);

create table organisation (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    name            text not null,
    name_fa         text,
    kind            text not null,
    parent_id       uuid references organisation (id),
    description     text,
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);

create table place (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    name            text not null,
    name_fa         text,
    kind            text not null,
    parent_id       uuid references place (id),
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);

create table person (
    id                  uuid primary key,
    version             int  not null default 0,
    confidentiality     text not null default 'INTERNAL',
    father_name         text,
    sex                 text not null default 'UNKNOWN',
    birth_date_text     text,
    birth_date_calendar text,
    birth_date_precision text,
    birth_date_earliest date,
    birth_date_latest   date,
    birthplace_id       uuid references place (id),
    status              text not null default 'UNKNOWN',
    notes               text,
    demo_key            text unique,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    created_by          text,
    updated_by          text,
    deleted_at          timestamptz
);

create table person_name (
    id         uuid primary key,
    parent_id  uuid not null references person (id) on delete cascade,
    position   int  not null,
    text       text not null,
    script     text not null,
    kind       text not null,
    match_key  text not null,
    skeleton   text not null default ''
);
create index person_name_parent on person_name (parent_id);
create index person_name_key_trgm on person_name using gin (match_key gin_trgm_ops);

create table person_affiliation (
    id              uuid primary key,
    parent_id       uuid not null references person (id) on delete cascade,
    position        int  not null,
    organisation_id uuid references organisation (id),
    description     text
);
create index person_affiliation_parent on person_affiliation (parent_id);

create table relationship (
    id                uuid primary key,
    version           int  not null default 0,
    confidentiality   text not null default 'INTERNAL',
    person_id         uuid not null references person (id),
    related_person_id uuid not null references person (id),
    kind              text not null,
    notes             text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    created_by        text,
    updated_by        text,
    deleted_at        timestamptz,
    check (person_id <> related_person_id)
);
create index relationship_person on relationship (person_id);
create index relationship_related on relationship (related_person_id);

create table post_held (
    id                uuid primary key,
    version           int  not null default 0,
    confidentiality   text not null default 'PUBLIC',
    person_id         uuid not null references person (id),
    organisation_id   uuid not null references organisation (id),
    title             text not null,
    from_text         text,
    from_calendar     text,
    from_precision    text,
    from_earliest     date,
    from_latest       date,
    to_text           text,
    to_calendar       text,
    to_precision      text,
    to_earliest       date,
    to_latest         date,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    created_by        text,
    updated_by        text,
    deleted_at        timestamptz
);
create index post_held_person on post_held (person_id);
create index post_held_organisation on post_held (organisation_id);

create table event (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    title           text not null,
    title_fa        text,
    description     text,
    parent_id       uuid references event (id),
    place_id        uuid references place (id),
    start_text      text,
    start_calendar  text,
    start_precision text,
    start_earliest  date,
    start_latest    date,
    end_text        text,
    end_calendar    text,
    end_precision   text,
    end_earliest    date,
    end_latest      date,
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);

create table act (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'INTERNAL',
    type            text not null,
    victim_id       uuid not null references person (id),
    event_id        uuid references event (id),
    place_id        uuid references place (id),
    date_text       text,
    date_calendar   text,
    date_precision  text,
    date_earliest   date,
    date_latest     date,
    victim_status_after text,
    description     text,
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);
create index act_victim on act (victim_id, date_earliest);
create index act_event on act (event_id);

create table involvement (
    id                    uuid primary key,
    version               int  not null default 0,
    confidentiality       text not null default 'INTERNAL',
    act_id                uuid not null references act (id),
    perpetrator_person_id uuid references person (id),
    perpetrator_organisation_id uuid references organisation (id),
    role                  text not null,
    notes                 text,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    created_by            text,
    updated_by            text,
    deleted_at            timestamptz,
    check ((perpetrator_person_id is null) <> (perpetrator_organisation_id is null))
);
create index involvement_act on involvement (act_id);
create index involvement_person on involvement (perpetrator_person_id);

create table proceeding (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    title           text not null,
    kind            text not null,
    court_id        uuid references organisation (id),
    place_id        uuid references place (id),
    date_text       text,
    date_calendar   text,
    date_precision  text,
    date_earliest   date,
    date_latest     date,
    case_number     text,
    charges         text,
    verdict         text,
    sentence        text,
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);

create table proceeding_party (
    id         uuid primary key,
    parent_id  uuid not null references proceeding (id) on delete cascade,
    position   int  not null,
    person_id  uuid not null references person (id),
    role       text not null
);
create index proceeding_party_person on proceeding_party (person_id);

create table stored_file (
    sha256     text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size       bigint not null,
    media_type text not null,
    encrypted  boolean not null default false,
    content    bytea not null,
    created_at timestamptz not null default now()
);

create table source (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    kind            text not null,
    title           text not null,
    publisher       text,
    author          text,
    date_text       text,
    date_calendar   text,
    date_precision  text,
    date_earliest   date,
    date_latest     date,
    language        text,
    url             text,
    reliability     text not null default 'UNKNOWN',
    sha256          text references stored_file (sha256),
    file_name       text,
    demo_key        text unique,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);

create table citation (
    id              uuid primary key,
    version         int  not null default 0,
    confidentiality text not null default 'PUBLIC',
    source_id       uuid not null references source (id),
    record_type     text not null,
    record_id       uuid not null,
    locator         text,
    excerpt         text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    created_by      text,
    updated_by      text,
    deleted_at      timestamptz
);
create index citation_record on citation (record_type, record_id);
create index citation_source on citation (source_id);

create table claim (
    id               uuid primary key,
    version          int  not null default 0,
    confidentiality  text not null default 'PUBLIC',
    subject_type     text not null,
    subject_id       uuid not null,
    counted          text not null,
    value_low        bigint check (value_low >= 0),
    value_high       bigint check (value_high >= 0),
    statement        text,
    attributed_to    text,
    source_id        uuid not null references source (id),
    locator          text,
    excerpt          text,
    claim_date_text      text,
    claim_date_calendar  text,
    claim_date_precision text,
    claim_date_earliest  date,
    claim_date_latest    date,
    confidence       text not null default 'MEDIUM',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    created_by       text,
    updated_by       text,
    deleted_at       timestamptz,
    check (value_low is null or value_high is null or value_low <= value_high)
);
create index claim_subject on claim (subject_type, subject_id);

create table testimony (
    id                  uuid primary key,
    version             int  not null default 0,
    confidentiality     text not null default 'SECRET',
    source_id           uuid references source (id),
    interviewee_id      uuid references person (id),
    interviewee_sealed  text,
    contact_sealed      text,
    taken_by            text,
    taken_text          text,
    taken_calendar      text,
    taken_precision     text,
    taken_earliest      date,
    taken_latest        date,
    place_id            uuid references place (id),
    language            text,
    transcript_sealed   text,
    consent_scope       text not null default 'INTERNAL_ONLY',
    consent_prosecutors text,
    consent_name_public boolean not null default false,
    consent_withdrawn_at timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    created_by          text,
    updated_by          text,
    deleted_at          timestamptz
);

create table testimony_recording (
    id           uuid primary key,
    parent_id    uuid not null references testimony (id) on delete cascade,
    position     int not null,
    sha256       text not null references stored_file (sha256),
    file_name    text
);

-- Spring Modulith's JDBC event publication registry.
create table if not exists event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- Per-record sharing with named users ('user:NAME') or groups ('group:NAME'), beyond the confidentiality level.
create table record_share (
    record_id uuid not null,
    grantee   text not null check (grantee ~ '^(user|group):.+$'),
    primary key (record_id, grantee)
);
create index record_share_grantee on record_share (grantee);
