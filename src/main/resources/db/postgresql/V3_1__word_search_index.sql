-- PostgreSQL only: the timeline's word search ("q", a LIKE '%word%' match) is served by a trigram index.
create extension if not exists pg_trgm;
create index event_search_trgm_idx on event using gin (search_text gin_trgm_ops);
