--liquibase formatted sql

--changeset gongkai:reporting-0003-review-workflow
alter table annual_report add column published_number integer;
alter table annual_report add column first_submitted_at timestamptz;
alter table annual_report add column times_returned integer not null default 0;
comment on column annual_report.published_number is 'The version on the portal; null while none is published';
comment on column annual_report.first_submitted_at is 'When the year''s report first reached the city office (lateness is measured on it)';
comment on column annual_report.times_returned is 'How often the city office returned the year''s report for revision';
update annual_report set published_number = current_number where state = 'PUBLISHED';

alter table annual_report_version add column frozen jsonb;
alter table annual_report_version add column change_note text;
alter table annual_report_version add column published_at timestamptz;
comment on column annual_report_version.frozen is 'Tables 三 and 四 and the processing fees as submitted: a version is computed from the records only while it is a draft or returned';
comment on column annual_report_version.change_note is 'What a correcting version (above 1) changes against the published one';
comment on column annual_report_version.published_at is 'When this version went on the portal';
update annual_report_version set published_at = created_at where state = 'PUBLISHED';

create table annual_report_step (
    id        bigint        generated always as identity primary key,
    report_id uuid          not null references annual_report (id),
    number    integer       not null,
    kind      varchar(30)   not null,
    at        timestamptz   not null,
    actor     varchar(100)  not null,
    comment   text,
    constraint annual_report_step_kind check (kind in ('CREATED', 'IMPORTED', 'SUBMITTED', 'RETURNED', 'APPROVED',
        'PUBLISHED', 'CORRECTION_STARTED'))
);
create index annual_report_step_report_idx on annual_report_step (report_id, id);
comment on table annual_report_step is 'A report''s history through the city''s review: who did what to which version, with the return comment or correction note';
insert into annual_report_step (report_id, number, kind, at, actor)
select report_id, number, case when original is null then 'CREATED' else 'IMPORTED' end, created_at, created_by
from annual_report_version order by created_at;
