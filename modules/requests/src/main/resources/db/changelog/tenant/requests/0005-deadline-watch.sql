--liquibase formatted sql

--changeset gongkai:requests-0005-deadline-watch
alter table disclosure_request
    add column due_soon_flagged_for date,
    add column overdue_flagged_for  date;
comment on column disclosure_request.due_soon_flagged_for is 'The deadline for which the due-soon alert went out (a new deadline alerts again)';
comment on column disclosure_request.overdue_flagged_for is 'The deadline for which the overdue alert went out';
