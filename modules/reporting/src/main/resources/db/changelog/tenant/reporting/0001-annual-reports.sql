--liquibase formatted sql

--changeset gongkai:reporting-0001-annual-reports
create table annual_report (
    id             uuid         primary key,
    version        bigint       not null default 0,
    year           integer      not null unique,
    format         varchar(10)  not null,
    state          varchar(20)  not null,
    current_number integer      not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(100) not null,
    constraint annual_report_year check (year between 2008 and 2200),
    constraint annual_report_format check (format in ('PRE2019', 'TRIAL2019', 'F2021')),
    constraint annual_report_state check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'))
);
comment on table annual_report is '政府信息公开工作年度报告: one per report year; its versions are in annual_report_version';
comment on column annual_report.version is 'Edit counter: a change names the version it read, a stale one is refused';
comment on column annual_report.current_number is 'The version (第几版) that is current';

create table annual_report_version (
    report_id                     uuid          not null references annual_report (id),
    number                        integer       not null,
    state                         varchar(20)   not null,
    regulations_issued            integer,
    regulations_repealed          integer,
    regulations_in_force          integer,
    normative_documents_issued    integer,
    normative_documents_repealed  integer,
    normative_documents_in_force  integer,
    licensing_decisions           integer,
    penalty_decisions             integer,
    enforcement_decisions         integer,
    administrative_fees           numeric(14,2),
    overview                      text,
    problems                      text,
    other_matters                 text,
    created_at                    timestamptz   not null,
    created_by                    varchar(100)  not null,
    updated_at                    timestamptz   not null,
    updated_by                    varchar(100)  not null,
    primary key (report_id, number),
    constraint annual_report_version_number check (number > 0),
    constraint annual_report_version_state check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'))
);
comment on table annual_report_version is 'Each version of a report as kept: table 二 as entered and the texts of sections 一, 五, 六. Tables 三 and 四 of a draft are computed from the records';
comment on column annual_report_version.regulations_issued is 'Table 二 figures: null = not reported, which is not 0';
comment on column annual_report_version.administrative_fees is '行政事业性收费 in 元 (shown in 万元); not the disclosure processing fee';
comment on column annual_report_version.overview is '一、总体情况, as the town wrote it; null = not written (the generated draft shows)';
comment on column annual_report_version.problems is '五、存在的主要问题及改进情况';
comment on column annual_report_version.other_matters is '六、其他需要报告的事项';
