-- Source ids come from a sequence, 50 at a time, instead of the identity column: with identity ids every source
-- row was inserted on its own as soon as it was created; from a sequence an article's rows go in one batch at
-- commit. The sequence starts after the ids already given (V4_1, written per database).
create sequence event_source_seq start with 1 increment by 50;
