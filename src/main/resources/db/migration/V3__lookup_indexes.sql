-- Look-ups that every write and every timeline query makes, served by indexes (found by the load test, bench/load).

-- Merging a report into a stored event looks for events with the same normalised date.
create index event_date_value_idx on event (date_value);

-- People are found by surname regardless of case.
alter table person add column surname_key varchar(200);
update person set surname_key = lower(surname);
alter table person alter column surname_key set not null;
create index person_surname_key_idx on person (surname_key);
drop index person_surname_idx;

-- Every calendar year an event's dates touch, so that a year or date-range filter is an index look-up
-- rather than a scan of everything that started before the range ends.
create table event_year (
    event_id varchar(32) not null references event (id) on delete cascade,
    year_touched integer not null,
    primary key (event_id, year_touched)
);
create index event_year_touched_idx on event_year (year_touched, event_id);
insert into event_year (event_id, year_touched)
with recursive touched (event_id, y, last_y) as (
    select id, cast(extract(year from date_start) as integer), cast(extract(year from date_end) as integer) from event
    union all
    select event_id, y + 1, last_y from touched where y < last_y
)
select event_id, y from touched;
