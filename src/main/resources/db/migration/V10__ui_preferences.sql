-- Each account's choice of page language and digits, remembered across sessions.
create table ui_preference (
    username text primary key,
    language text not null check (language in ('en', 'fa')),
    persian_digits boolean not null default false
);
