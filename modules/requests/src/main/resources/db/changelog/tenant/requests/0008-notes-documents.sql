--liquibase formatted sql

--changeset gongkai:requests-0008-notes-documents
create table request_note (
    id         uuid          primary key,
    request_id uuid          not null references disclosure_request (id),
    author     varchar(100)  not null,
    written_at timestamptz   not null,
    text       varchar(4000) not null
);
create index request_note_request_idx on request_note (request_id, written_at);
comment on table request_note is 'Internal notes of the staff on a request; never shown to the applicant';

create table request_document (
    id           uuid          primary key,
    request_id   uuid          not null references disclosure_request (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       char(64)      not null,
    content      bytea         not null,
    description  varchar(200),
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamptz   not null,
    constraint request_document_size check (size_bytes = octet_length(content))
);
create index request_document_request_idx on request_document (request_id, uploaded_at);
comment on table request_document is 'Files attached to a request by its staff (scans, letters, proofs of delivery); deleting removes the row and leaves an audit entry with name, size and hash';
comment on column request_document.content_type is 'The type recognised from the bytes, not the one the uploader claimed';
