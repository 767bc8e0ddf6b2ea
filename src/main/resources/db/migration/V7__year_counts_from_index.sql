-- A timeline's count by year is read from the year index alone: each year an event touches carries the year the
-- event starts in, under which it is counted. The index on the years gains it, so the count reads no event row.
alter table event_year add column start_year integer;
update event_year set start_year = (select e.start_year from event e where e.id = event_year.event_id);
alter table event_year alter column start_year set not null;
drop index event_year_touched_idx;
create index event_year_touched_idx on event_year (year_touched, start_year, event_id);
