--liquibase formatted sql

--changeset gongkai:supervision-0002-states
create table supervision.request_status (
    town          varchar(32) not null,
    tracking_code varchar(40) not null,
    received_on   date,
    state         varchar(20) not null,
    due_on        date,
    alert_on      date,
    primary key (town, tracking_code),
    constraint request_status_state check (state in ('OPEN', 'DUE_SOON', 'OVERDUE'))
);
create index request_status_alert_idx on supervision.request_status (state, town) where state <> 'OPEN';
comment on table supervision.request_status is 'Requests still being handled, per town: received adds a row, alerts set its state, a decision or a lapse deletes it';
comment on column supervision.request_status.due_on is 'The deadline the last alert was about';
comment on column supervision.request_status.alert_on is 'The day (China time) of the last alert';

create table supervision.late_item (
    town         varchar(32)  not null,
    subject      varchar(100) not null,
    published_on date         not null,
    primary key (town, subject)
);
create index late_item_day_idx on supervision.late_item (published_on, town);
comment on table supervision.late_item is 'Items published after their publication due date, by 索引号, for the city''s alerts';

create table supervision.report_progress (
    town           varchar(32) not null,
    year           integer     not null,
    stage          varchar(20) not null,
    due_on         date,
    submitted_on   date,
    times_returned integer     not null default 0,
    primary key (town, year),
    constraint report_progress_stage check (stage in ('SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'))
);
create index report_progress_year_idx on supervision.report_progress (year, town);
comment on table supervision.report_progress is 'Each town''s annual report per year as its events told the city; no row = not submitted';
comment on column supervision.report_progress.due_on is 'The due date carried by the last submission';
comment on column supervision.report_progress.submitted_on is 'The day (China time) of the first submission';
