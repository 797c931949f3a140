--liquibase formatted sql

--changeset gongkai:calendar-0001-holiday-schedules
create table holiday_schedule (
    year       integer      primary key check (year between 2000 and 2100),
    source     varchar(200) not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null default 'system'
);
comment on table holiday_schedule is '国务院办公厅关于部分节假日安排的通知, one row per year';

create table holiday_period (
    year      integer     not null references holiday_schedule on delete cascade,
    name      varchar(32) not null,
    first_day date        not null,
    last_day  date        not null check (last_day >= first_day),
    primary key (year, first_day)
);
comment on table holiday_period is '放假调休: every day from first_day to last_day is off';

create table makeup_workday (
    day  date        primary key,
    year integer     not null references holiday_schedule on delete cascade,
    name varchar(32) not null
);
comment on table makeup_workday is '调休上班日: a Saturday or Sunday that is worked';

create table calendar_change (
    id         uuid         primary key,
    year       integer      not null,
    changed_at timestamptz  not null default now(),
    actor      varchar(100) not null,
    summary    text         not null
);
comment on table calendar_change is 'Audit of schedule loads and corrections';

--changeset gongkai:calendar-0002-schedules-2025-2026
insert into holiday_schedule (year, source) values
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');

insert into holiday_period (year, name, first_day, last_day) values
    (2025, '元旦',         '2025-01-01', '2025-01-01'),
    (2025, '春节',         '2025-01-28', '2025-02-04'),
    (2025, '清明节',       '2025-04-04', '2025-04-06'),
    (2025, '劳动节',       '2025-05-01', '2025-05-05'),
    (2025, '端午节',       '2025-05-31', '2025-06-02'),
    (2025, '国庆节、中秋节', '2025-10-01', '2025-10-08'),
    (2026, '元旦',         '2026-01-01', '2026-01-03'),
    (2026, '春节',         '2026-02-15', '2026-02-23'),
    (2026, '清明节',       '2026-04-04', '2026-04-06'),
    (2026, '劳动节',       '2026-05-01', '2026-05-05'),
    (2026, '端午节',       '2026-06-19', '2026-06-21'),
    (2026, '中秋节',       '2026-09-25', '2026-09-27'),
    (2026, '国庆节',       '2026-10-01', '2026-10-07');

insert into makeup_workday (day, year, name) values
    ('2025-01-26', 2025, '春节'),
    ('2025-02-08', 2025, '春节'),
    ('2025-04-27', 2025, '劳动节'),
    ('2025-09-28', 2025, '国庆节、中秋节'),
    ('2025-10-11', 2025, '国庆节、中秋节'),
    ('2026-01-04', 2026, '元旦'),
    ('2026-02-14', 2026, '春节'),
    ('2026-02-28', 2026, '春节'),
    ('2026-05-09', 2026, '劳动节'),
    ('2026-09-20', 2026, '国庆节'),
    ('2026-10-10', 2026, '国庆节');

insert into calendar_change (id, year, actor, summary) values
    ('5f0c2a51-7a8e-4c55-9c1e-2025000000a1', 2025, 'system', 'seeded from the official 2025 schedule'),
    ('5f0c2a51-7a8e-4c55-9c1e-2026000000a1', 2026, 'system', 'seeded from the official 2026 schedule');
