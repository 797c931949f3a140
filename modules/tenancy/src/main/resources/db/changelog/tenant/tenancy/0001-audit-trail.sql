--liquibase formatted sql

--changeset gongkai:tenancy-0001-audit-trail
create table audit_entry (
    id          uuid         primary key,
    version     bigint       not null default 0,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(100) not null,
    subject     varchar(200) not null,
    detail      text         not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
comment on table audit_entry is 'The town''s audit trail: every state change, written in the same transaction';
