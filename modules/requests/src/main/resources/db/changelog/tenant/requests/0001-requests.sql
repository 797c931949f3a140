--liquibase formatted sql

--changeset gongkai:requests-0001-disclosure-requests
create table disclosure_request (
    id                uuid          primary key,
    version           bigint        not null default 0,
    tracking_code     varchar(16)   not null unique,
    idempotency_key   varchar(100)  unique,
    channel           varchar(20)   not null,
    applicant_type    varchar(40)   not null,
    name              varchar(50)   not null,
    id_number         varchar(18),
    organization_name varchar(100),
    credit_code       varchar(18),
    phone             varchar(20)   not null,
    email             varchar(100),
    address           varchar(200),
    description       varchar(2000) not null,
    information_form  varchar(20)   not null,
    delivery          varchar(20)   not null,
    submitted_at      timestamptz   not null,
    received_on       date,
    due_on            date,
    due_provisional   boolean       not null default false,
    state             varchar(30)   not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index disclosure_request_state_idx on disclosure_request (state, due_on);
comment on table disclosure_request is '依申请公开: citizens'' disclosure requests; personal data visible only to request officers and reviewers';
comment on column disclosure_request.submitted_at is 'When the application reached the platform';
comment on column disclosure_request.received_on is '收到申请之日 (regulation art. 31): the legal start of the clock';

create table request_event (
    id          bigserial    primary key,
    request_id  uuid         not null references disclosure_request (id),
    kind        varchar(40)  not null,
    happened_at timestamptz  not null,
    actor       varchar(100) not null,
    detail      varchar(500) not null default ''
);
create index request_event_request_idx on request_event (request_id, happened_at);
comment on table request_event is 'The timeline of a request: what the applicant sees on the status page (kind and time), and who acted';
