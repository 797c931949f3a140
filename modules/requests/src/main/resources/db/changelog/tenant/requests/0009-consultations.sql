--liquibase formatted sql

--changeset gongkai:requests-0009-consultations
create table consultation (
    id                    bigserial     primary key,
    request_id            uuid          not null references disclosure_request (id),
    party                 varchar(200)  not null,
    contact               varchar(300)  not null,
    question              varchar(2000) not null,
    sent_on               date          not null,
    reply_due_on          date          not null,
    reply_due_provisional boolean       not null,
    answered_on           date,
    answer                varchar(20),
    note                  varchar(2000),
    started_by            varchar(100)  not null,
    answered_by           varchar(100),
    created_at            timestamptz   not null,
    constraint consultation_answer_check check (answer in ('AGREES', 'OBJECTS', 'NO_ANSWER')),
    constraint consultation_answered_check check ((answer is null) = (answered_on is null))
);
create index consultation_request_idx on consultation (request_id, id);
-- the clock has one pause at a time, so a request has at most one open consultation
create unique index consultation_open_idx on consultation (request_id) where answer is null;
comment on table consultation is '征求第三方意见 (arts. 32, 34): the letter sent, the 15 working days for the reply, and the answer; the clock pause itself is in clock_event';
comment on column consultation.reply_due_on is 'The 15th working day after the letter was sent';
comment on column consultation.answer is 'AGREES, OBJECTS, or NO_ANSWER when the 15 working days ran out';

--changeset gongkai:requests-0009-letter-templates
create table letter_template (
    key        varchar(100)  primary key,
    text       varchar(4000) not null,
    updated_by varchar(100)  not null,
    updated_at timestamptz   not null
);
comment on table letter_template is 'The town''s own wording of reply-letter texts, by the keys of letters/templates.properties; a key without a row keeps the shipped text';
