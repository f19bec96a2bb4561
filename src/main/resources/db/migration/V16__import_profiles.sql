-- Named import mappings (module org.dadkhah.importing): the YAML mapping a team reuses for lists of one shape,
-- picked and edited on the import page. Holds column names and the list's title, never row data.
create table import_profile (
    name       text primary key check (length(name) between 1 and 100),
    mapping    text not null check (length(mapping) <= 20000),
    updated_by text not null,
    updated_at timestamptz not null default now()
);
