--liquibase formatted sql

--changeset gongkai:supervision-0002-amounts
alter table supervision_outbox add column amount bigint not null default 1;
alter table supervision_outbox add column ref_day date;
comment on column supervision_outbox.amount is 'How far the row moves its counter: 1, the working days of a decision, -1 to undo a review result';
comment on column supervision_outbox.ref_day is 'A second date some kinds carry: the deadline of an alert, the due date of a submitted report';
comment on column supervision_outbox.subject is 'Item id, 索引号, tracking code or report year, never personal data';
