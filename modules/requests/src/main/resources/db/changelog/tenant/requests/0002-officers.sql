--liquibase formatted sql

--changeset gongkai:requests-0002-officer
alter table disclosure_request add column officer varchar(100);
create index disclosure_request_officer_idx on disclosure_request (officer, due_on);
comment on column disclosure_request.officer is 'The request officer handling it (username), once assigned';
