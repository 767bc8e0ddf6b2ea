select setval('event_source_seq', (select coalesce(max(id), 0) + 1 from event_source), false);
