--liquibase formatted sql

--changeset gongkai:reporting-platform-0001-report-due-dates
create table report_due_date (
    year   integer      primary key check (year between 2021 and 2200),
    due_on date         not null,
    set_at timestamptz  not null,
    set_by varchar(100) not null
);
comment on table report_due_date is 'The city''s due date for the towns'' annual reports of a year; without a row it is 31 January of the following year';
