--liquibase formatted sql

--changeset gongkai:tenancy-0003-provisioning-steps
create table provisioning_step (
    town_code   varchar(32)  not null references town (code),
    step        varchar(20)  not null
                check (step in ('REGISTRY', 'ROLE', 'SCHEMA', 'MIGRATIONS', 'ORGANIZATION', 'FIRST_ADMIN', 'ACTIVATION')),
    position    smallint     not null,
    state       varchar(10)  not null check (state in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED')),
    attempts    integer      not null default 0,
    started_at  timestamptz,
    finished_at timestamptz,
    error       text,
    primary key (town_code, step)
);
comment on table provisioning_step is 'Progress of provisioning each town, step by step; every step is idempotent';
