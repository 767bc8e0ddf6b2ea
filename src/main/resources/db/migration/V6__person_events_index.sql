-- The events of an article's people are looked up on every write (the events they may repeat or contradict). With
-- the event id in the index beside the person, that look-up reads index entries only, never the event_person rows.
create index event_person_person_event_idx on event_person (person_id, event_id);
drop index event_person_person_idx;
