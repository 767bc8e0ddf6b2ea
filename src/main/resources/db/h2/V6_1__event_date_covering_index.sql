-- The people's stored events are kept if they have one of the article's dates. H2 reads a row by decoding the page
-- that holds it, long sentences and all, and those pages were most of that look-up (JFR, README "Benchmarks"); this
-- index answers it with the id and date alone. PostgreSQL fetches one row without decoding its neighbours and its
-- writes set the pace of its ingest, so it goes without.
create index event_id_date_value_idx on event (id, date_value);
