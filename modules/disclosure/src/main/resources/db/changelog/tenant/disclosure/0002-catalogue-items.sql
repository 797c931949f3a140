--liquibase formatted sql

--changeset gongkai:disclosure-0003-catalogue-items
create table catalogue_item (
    id              uuid          primary key,
    version         bigint        not null default 0,
    index_number    varchar(40)   unique,
    title           varchar(200)  not null,
    publisher       varchar(100)  not null,
    document_number varchar(60),
    formed_on       date          not null,
    publication_due date          not null,
    due_provisional boolean       not null default false,
    published_on    date,
    category_id     uuid          not null references category (id),
    channels        varchar(200)  not null,
    audience        varchar(20)   not null,
    validity        varchar(20)   not null,
    keywords        varchar(200)  not null default '',
    summary         varchar(1000) not null default '',
    body            text          not null default '',
    state           varchar(20)   not null
                    check (state in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'PUBLISHED', 'WITHDRAWN')),
    created_by      varchar(100)  not null,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    withdrawn_reason varchar(500),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index catalogue_item_state_idx on catalogue_item (state, published_on desc);
comment on table catalogue_item is '主动公开 items of the town''s catalogue, from draft to publication or withdrawal';

create table index_serial (
    year integer primary key,
    last integer not null
);
comment on table index_serial is 'Last 索引号 serial used per year: {credit code}/{year}-{serial}';
