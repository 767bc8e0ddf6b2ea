-- A counter every write moves on, so that each instance can tell clients whether anything changed (ETag).
create table store_version (
    id      integer primary key,
    version bigint  not null
);
insert into store_version (id, version) values (1, 0);
