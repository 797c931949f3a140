--liquibase formatted sql

--changeset gongkai:supervision-0001-read-model
create table supervision.daily_counter (
    town  varchar(32) not null,
    day   date        not null,
    kind  varchar(40) not null,
    count bigint      not null check (count >= 0),
    primary key (town, day, kind)
);
create index daily_counter_day_idx on supervision.daily_counter (day, town);
comment on table supervision.daily_counter is 'The city read model: per town, day and kind, how many outbox rows counted';

create table supervision.applied_event (
    town       varchar(32) not null,
    outbox_id  bigint      not null,
    applied_at timestamptz not null default now(),
    primary key (town, outbox_id)
);
comment on table supervision.applied_event is 'Outbox rows already in the counters: a row delivered twice counts once';
