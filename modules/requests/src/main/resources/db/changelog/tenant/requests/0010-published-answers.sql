--liquibase formatted sql

--changeset gongkai:requests-0010-published-answers
create table published_answer (
    request_id   uuid         primary key references disclosure_request (id),
    item_id      uuid         not null,
    title        varchar(200) not null,
    published_by varchar(100) not null,
    published_at timestamptz  not null
);
comment on table published_answer is 'A released answer put into the proactive-disclosure catalogue (art. 44); item_id is the catalogue item, which goes through 保密审查 like any other';
