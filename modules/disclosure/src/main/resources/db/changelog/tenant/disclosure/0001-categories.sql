--liquibase formatted sql

--changeset gongkai:disclosure-0001-categories
create table category (
    id         uuid         primary key,
    version    bigint       not null default 0,
    code       varchar(20)  not null unique,
    parent_id  uuid         references category (id),
    name       varchar(64)  not null,
    position   integer      not null,
    retired    boolean      not null default false,
    updated_at timestamptz  not null default now()
);
create unique index category_name_idx on category (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), name)
    where not retired;
comment on table category is '政府信息公开目录: the town''s catalogue tree; retired categories keep their items';

--changeset gongkai:disclosure-0002-standard-categories
-- the recommended township tree (domain reference 5.2): articles 20 and 21 of the regulation
insert into category (id, code, parent_id, name, position) values
    ('57dc6cca-297e-5c9e-a5d5-a4775c509945', '01', null, '机构职能', 1),
    ('75bd8a40-cfdb-5fba-89bf-163cef322a8e', '02', null, '政策文件', 2),
    ('ff8b1bd8-62f2-556e-8c88-afb1488b1f65', '0201', '75bd8a40-cfdb-5fba-89bf-163cef322a8e', '行政规范性文件', 1),
    ('03fc493f-0f8c-5e52-a4e9-0a800d4681b7', '0202', '75bd8a40-cfdb-5fba-89bf-163cef322a8e', '其他文件', 2),
    ('b0791e6e-ab3f-533a-9be4-586b614c34b0', '0203', '75bd8a40-cfdb-5fba-89bf-163cef322a8e', '政策解读', 3),
    ('1551fc97-661f-5ab5-b89d-2b5995b241cd', '03', null, '规划计划', 3),
    ('c0e7632d-fc22-560d-927f-ffcc75bda048', '04', null, '统计信息', 4),
    ('821f606a-5871-558d-be08-f975a183436b', '05', null, '行政许可和其他对外管理服务事项', 5),
    ('3d8da28c-df6c-5ecb-adbf-9dc69153296d', '06', null, '行政处罚、行政强制', 6),
    ('18e255ab-5a8f-5fa5-a13a-5fddeeb85dd5', '07', null, '财政预决算', 7),
    ('dcab9462-c36a-51fa-966c-677dc93ecb63', '08', null, '行政事业性收费', 8),
    ('77051514-6479-5c66-bccc-bc39610b46e0', '09', null, '政府采购', 9),
    ('c4ebd13f-c671-5a55-9a79-2b7fd428f09a', '10', null, '重大建设项目', 10),
    ('c5fcb168-20c3-57db-ab5a-04b9f5d38c7f', '11', null, '民生政策', 11),
    ('ddbc7dde-0ed1-56a2-bced-688b8a9880d9', '12', null, '应急管理', 12),
    ('2730e53e-ab20-5efc-ad4a-603de50a08f1', '13', null, '监督检查', 13),
    ('3367b099-068d-598b-87c6-85afb24e52c0', '14', null, '人事信息', 14),
    ('9bfcad01-5367-592b-b803-8809eec0591d', '15', null, '农业农村', 15),
    ('a71ece8e-fe28-5497-b81b-7afc2e080011', '16', null, '征收', 16),
    ('f8d61cc5-1745-514e-a106-1f7cb44890f1', '17', null, '筹资筹劳', 17),
    ('f48178fa-d9fb-52e3-8752-7617b32bb863', '18', null, '社会救助', 18),
    ('d965f51b-d896-5b77-b5f5-b230e92c248f', '19', null, '工作动态', 19),
    ('437cc1e0-61b8-527a-a154-8604934e3e98', '20', null, '建议提案办理', 20),
    ('ca3d5763-f06b-548f-9d3d-1d2db6bae812', '21', null, '政府信息公开', 21),
    ('4a05642a-ebeb-5c86-bcf2-342fd911dc6d', '2101', 'ca3d5763-f06b-548f-9d3d-1d2db6bae812', '政府信息公开指南', 1),
    ('fc399b0e-13a1-5e71-8bde-206c12a2920b', '2102', 'ca3d5763-f06b-548f-9d3d-1d2db6bae812', '政府信息公开制度', 2),
    ('5c76dab5-27e3-5682-b927-896881b7172b', '2103', 'ca3d5763-f06b-548f-9d3d-1d2db6bae812', '政府信息公开年报', 3);
