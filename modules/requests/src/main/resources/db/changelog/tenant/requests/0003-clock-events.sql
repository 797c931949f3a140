--liquibase formatted sql

--changeset gongkai:requests-0003-clock-events
create table clock_event (
    id           bigserial    primary key,
    request_id   uuid         not null references disclosure_request (id),
    kind         varchar(30)  not null,
    on_date      date         not null,
    until_date   date,
    working_days integer,
    party        varchar(200),
    reason       varchar(500),
    approved_by  varchar(100),
    actor        varchar(100) not null,
    recorded_at  timestamptz  not null
);
create index clock_event_request_idx on clock_event (request_id, id);
comment on table clock_event is 'What moves a request''s deadline (补正, consultations, extension, fee notice), in order; the deadline is recomputed from them';
alter table disclosure_request add column outcome varchar(40);
comment on column disclosure_request.outcome is 'How it ended, as table 三 counts it (Outcome), once closed or decided';
