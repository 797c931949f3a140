--liquibase formatted sql

--changeset gongkai:reporting-0002-imported-reports
alter table annual_report_version add column format_version varchar(10);
alter table annual_report_version add column original jsonb;
alter table annual_report_version add constraint annual_report_version_format
    check (format_version is null or format_version in ('PRE2019', 'TRIAL2019', 'F2021'));
alter table annual_report_version add constraint annual_report_version_imported
    check ((format_version is null) = (original is null));
comment on column annual_report_version.format_version is 'Imported versions: the format of the original (PRE2019, TRIAL2019, F2021); null for reports made in the platform';
comment on column annual_report_version.original is 'Imported versions: the original figures and texts verbatim as the town entered them (null = not reported, not 0); tables 三/四 and the findings are mapped from it on reading';
