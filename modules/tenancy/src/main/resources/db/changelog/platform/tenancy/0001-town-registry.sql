--liquibase formatted sql

--changeset gongkai:tenancy-0001-town-registry
create table town (
    code              varchar(32)  primary key,
    name              varchar(64)  not null,
    kind              varchar(20)  not null check (kind in ('TOWNSHIP', 'STREET', 'ETHNIC_TOWNSHIP')),
    division_code     char(12)     not null unique,
    credit_code       char(18)     not null unique,
    schema_name       varchar(63)  not null unique,
    status            varchar(16)  not null
                      check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'ARCHIVED', 'FAILED')),
    schema_version    varchar(100),
    schema_state      varchar(16)  check (schema_state in ('CURRENT', 'BEHIND', 'FAILED')),
    schema_error      text,
    schema_checked_at timestamptz,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
comment on table town is '乡镇/街道: the tenants of the platform';

--changeset gongkai:tenancy-0002-platform-audit
create table audit_entry (
    id          uuid         primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(100) not null,
    town_code   varchar(32),
    outcome     varchar(16)  not null,
    detail      text         not null
);
create index audit_entry_town_idx on audit_entry (town_code, occurred_at desc);
comment on table audit_entry is 'Platform-level actions (provisioning, suspension, archiving) and their outcome';
