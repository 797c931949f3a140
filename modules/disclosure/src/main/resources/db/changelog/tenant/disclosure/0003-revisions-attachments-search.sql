--liquibase formatted sql

--changeset gongkai:disclosure-0004-item-workflow-columns
alter table catalogue_item
    add column revision      integer     not null default 1,
    add column submitted_by  varchar(100),
    add column submitted_at  timestamptz,
    add column review_note   varchar(500),
    add column scheduled_at  timestamptz,
    add column published_at  timestamptz,
    add column expires_on    date,
    add column withdrawn_by  varchar(100),
    add column withdrawn_at  timestamptz,
    add column search_vector tsvector    not null default ''::tsvector;
alter table catalogue_item drop constraint catalogue_item_state_check;
alter table catalogue_item add constraint catalogue_item_state_check
    check (state in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'SCHEDULED', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN'));
create index catalogue_item_search_idx on catalogue_item using gin (search_vector);
create index catalogue_item_public_idx on catalogue_item (published_on desc, index_number desc)
    where state in ('PUBLISHED', 'EXPIRED');
create index catalogue_item_category_idx on catalogue_item (category_id, published_on desc);
create index catalogue_item_scheduled_idx on catalogue_item (scheduled_at) where state = 'SCHEDULED';
comment on column catalogue_item.search_vector is
    'CJK unigrams and bigrams plus lower-cased Latin words, computed in Java (SearchTokens); title weighted A, keywords B';

--changeset gongkai:disclosure-0005-item-revisions
create table item_revision (
    item_id         uuid          not null references catalogue_item (id),
    revision        integer       not null,
    title           varchar(200)  not null,
    publisher       varchar(100)  not null,
    document_number varchar(60),
    formed_on       date          not null,
    category_id     uuid          not null references category (id),
    channels        varchar(200)  not null,
    audience        varchar(20)   not null,
    validity        varchar(20)   not null,
    keywords        varchar(200)  not null,
    summary         varchar(1000) not null,
    body            text          not null,
    replaced_by     varchar(100)  not null,
    replaced_at     timestamptz   not null,
    note            varchar(500)  not null,
    primary key (item_id, revision)
);
comment on table item_revision is 'Earlier revisions of published items: the content as it was before each edit, who replaced it and why';

--changeset gongkai:disclosure-0006-attachments
create table attachment (
    id         uuid         primary key,
    item_id    uuid         not null references catalogue_item (id),
    position   integer      not null,
    file_name  varchar(255) not null,
    file_type  varchar(10)  not null,
    size_bytes bigint       not null,
    sha256     char(64)     not null,
    added_by   varchar(100) not null,
    added_at   timestamptz  not null
);
create index attachment_item_idx on attachment (item_id, position);
create table attachment_content (
    attachment_id uuid  primary key references attachment (id) on delete cascade,
    content       bytea not null
);
comment on table attachment is 'Files published with an item (PDF, OFD, DOC/DOCX, XLS/XLSX, JPG/PNG), checked by content';
