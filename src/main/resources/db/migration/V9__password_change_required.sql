-- An account whose password was set by someone else (the first admin's printed password) must choose a new one at
-- its first page login before it may open any other page.
alter table app_user add column must_change_password boolean not null default false;
