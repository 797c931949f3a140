--liquibase formatted sql

--changeset gongkai:requests-0004-decisions
alter table disclosure_request
    add column decision_text     varchar(4000),
    add column legal_basis       varchar(500),
    add column decided_by        varchar(100),
    add column decision_reviewer varchar(100),
    add column decided_on        date,
    add column delivery_method   varchar(20),
    add column delivered_on      date;
comment on column disclosure_request.decided_by is 'The request officer who wrote the decision';
comment on column disclosure_request.decision_reviewer is 'The reviewer who approved it; the decision takes effect with the approval';
