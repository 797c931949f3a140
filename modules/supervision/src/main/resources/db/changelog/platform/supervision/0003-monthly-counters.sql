--liquibase formatted sql

--changeset gongkai:supervision-0003-monthly-counters
create table supervision.monthly_counter (
    town  varchar(32) not null,
    month date        not null check (extract(day from month) = 1),
    kind  varchar(40) not null,
    count bigint      not null check (count >= 0),
    primary key (town, month, kind)
);
create index monthly_counter_month_idx on supervision.monthly_counter (month, town);
comment on table supervision.monthly_counter is 'daily_counter summed per calendar month, kept with it: a period reads whole months here and only its partial months day by day';
insert into supervision.monthly_counter (town, month, kind, count)
select town, date_trunc('month', day)::date, kind, sum(count) from supervision.daily_counter group by 1, 2, 3;
