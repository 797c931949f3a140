--liquibase formatted sql

--changeset gongkai:supervision-0001-outbox
create table supervision_outbox (
    id           bigserial    primary key,
    kind         varchar(40)  not null,
    day          date         not null,
    subject      varchar(100) not null,
    created_at   timestamptz  not null default now(),
    delivered_at timestamptz
);
create index supervision_outbox_waiting_idx on supervision_outbox (id) where delivered_at is null;
comment on table supervision_outbox is 'What the city''s read model must count, written in the transaction of the change; the relay delivers each row once';
comment on column supervision_outbox.day is 'The day the row counts on (publication, receipt, decision, alert), China time';
comment on column supervision_outbox.subject is 'Item id or tracking code, never personal data';
