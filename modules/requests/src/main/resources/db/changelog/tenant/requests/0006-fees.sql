--liquibase formatted sql

--changeset gongkai:requests-0006-fees
create table fee_notice (
    id            bigserial     primary key,
    request_id    uuid          not null references disclosure_request (id),
    method        varchar(20)   not null,
    pages         integer,
    nth_request   integer,
    amount        numeric(10,2) not null,
    sent_on       date          not null,
    pay_by        date          not null,
    state         varchar(20)   not null,
    paid_on       date,
    waived_on     date,
    waiver_reason varchar(500),
    lapsed_on     date,
    sent_by       varchar(100)  not null,
    settled_by    varchar(100),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint fee_notice_method check (method in ('PER_REQUEST', 'PER_PAGE')),
    constraint fee_notice_unit check (
        (method = 'PER_PAGE' and pages > 0 and nth_request is null)
        or (method = 'PER_REQUEST' and nth_request > 0 and pages is null)),
    constraint fee_notice_amount check (amount > 0),
    constraint fee_notice_state check (
        (state = 'NOTICE_SENT' and paid_on is null and waived_on is null and lapsed_on is null)
        or (state = 'PAID' and paid_on is not null and waived_on is null and lapsed_on is null)
        or (state = 'WAIVED' and waived_on is not null and waiver_reason is not null and paid_on is null
            and lapsed_on is null)
        or (state = 'LAPSED' and lapsed_on is not null and paid_on is null and waived_on is null))
);
create unique index fee_notice_open_idx on fee_notice (request_id) where state = 'NOTICE_SENT';
create index fee_notice_request_idx on fee_notice (request_id, id);
create index fee_notice_paid_idx on fee_notice (paid_on) where state = 'PAID';
comment on table fee_notice is '收费通知 (国办函〔2020〕109号): processing-fee notices, one method per notice; the annual report (section 六) counts those paid in a year by paid_on';
comment on column fee_notice.nth_request is '按件计收: the request''s position among the applicant''s requests received in its calendar month';
comment on column fee_notice.pages is '按量计收: the pages of this request';
comment on column fee_notice.amount is 'In 元, as stated in the notice';
comment on column fee_notice.pay_by is 'Last day to pay: the 20th working day after the notice day, as computed when it was sent';
comment on column fee_notice.lapsed_on is 'First day after an unpaid payment period: the request is deemed abandoned (其他处理-2)';

create table fee_notice_band (
    notice_id  bigint        not null references fee_notice (id),
    position   smallint      not null,
    from_unit  integer       not null,
    to_unit    integer       not null,
    units      integer       not null,
    unit_price numeric(10,2) not null,
    subtotal   numeric(10,2) not null,
    primary key (notice_id, position)
);
comment on table fee_notice_band is 'The breakdown a notice stated, band by band, kept as sent even if the prices change later';

create index disclosure_request_id_number_idx on disclosure_request (id_number, received_on) where id_number is not null;
create index disclosure_request_credit_code_idx on disclosure_request (credit_code, received_on) where credit_code is not null;
