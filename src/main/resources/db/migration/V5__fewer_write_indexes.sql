-- Every index is updated by every write; these two served no query any more. Events with a given normalised date
-- are looked up through event_chronology_idx (their first day, then the value), and the count of a timeline by
-- year is taken over events already selected by another index.
drop index event_date_value_idx;
drop index event_year_idx;
