-- A list import loads its acts and citations first and creates the places they name and the LIST source they cite in
-- a short final step (which appends to the audit chain, whose lock then waits for the commit): it defers these two
-- checks to the end of that step (SET CONSTRAINTS ... DEFERRED, then IMMEDIATE). Every other writer, which does not
-- ask for deferral, still has them checked at once, as before.
alter table act alter constraint act_place_id_fkey deferrable initially immediate;
alter table citation alter constraint citation_source_id_fkey deferrable initially immediate;
