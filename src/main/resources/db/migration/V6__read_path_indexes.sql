-- Lets a bulk import check a whole batch of act victims against soft-deleted persons with one cheap index probe.
create index person_deleted on person (id) where deleted_at is not null;
-- Citations are looked up by the record they cite on every read of that record.
create index citation_record_id on citation (record_id);
