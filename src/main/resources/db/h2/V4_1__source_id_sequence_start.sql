alter sequence event_source_seq restart with (select coalesce(max(id), 0) + 1 from event_source);
