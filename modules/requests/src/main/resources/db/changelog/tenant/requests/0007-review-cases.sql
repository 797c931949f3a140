--liquibase formatted sql

--changeset gongkai:requests-0007-review-cases
create table review_case (
    id                 uuid          primary key,
    version            bigint        not null default 0,
    request_id         uuid          not null references disclosure_request (id),
    kind               varchar(20)   not null,
    route              varchar(30),
    reconsideration_id uuid          references review_case (id),
    body               varchar(100)  not null,
    case_number        varchar(60)   not null,
    filed_on           date          not null,
    outcome            varchar(20)   not null default 'PENDING',
    closed_on          date,
    summary            varchar(2000),
    opened_by          varchar(100)  not null,
    opened_at          timestamptz   not null,
    updated_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    constraint review_case_kind check (kind in ('RECONSIDERATION', 'LITIGATION')),
    constraint review_case_route check (
        (kind = 'RECONSIDERATION' and route is null)
        or (kind = 'LITIGATION' and route in ('DIRECT', 'AFTER_RECONSIDERATION'))),
    constraint review_case_reconsideration check (
        (coalesce(route, '') = 'AFTER_RECONSIDERATION') = (reconsideration_id is not null)),
    constraint review_case_outcome check (outcome in ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING')),
    constraint review_case_closed check ((outcome = 'PENDING') = (closed_on is null)),
    constraint review_case_dates check (closed_on is null or closed_on >= filed_on)
);
create unique index review_case_number_idx on review_case (kind, body, case_number);
create index review_case_request_idx on review_case (request_id, filed_on);
create index review_case_filed_idx on review_case (filed_on);
create index review_case_closed_idx on review_case (closed_on);
comment on table review_case is '行政复议 / 行政诉讼 about a request: the cases table 四 of the annual report counts; staff only, never on the applicant''s timeline';
comment on column review_case.route is 'Litigation only: DIRECT (未经复议直接起诉) or AFTER_RECONSIDERATION (复议后起诉)';
comment on column review_case.reconsideration_id is 'The reconsideration case a suit after reconsideration follows (same request)';
comment on column review_case.body is '复议机关 or 法院';
comment on column review_case.filed_on is 'When the reconsideration was applied for or the suit filed (立案/受理)';
comment on column review_case.closed_on is 'When the decision or judgment was made (审结); the annual report counts a case by the year of this date, or as 尚未审结 in every year whose 31 December it was still open';
