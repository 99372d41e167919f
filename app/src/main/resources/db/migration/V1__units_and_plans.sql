-- Regions and the directory of responsible units (责任单位).
create table region (
    id         bigserial primary key,
    name       text not null unique,
    level      text not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'DISTRICT')),
    parent_id  bigint references region (id)
);

create table responsible_unit (
    id          bigserial primary key,
    region_id   bigint not null references region (id),
    name        text not null,
    confirmed   boolean not null default false,
    created_at  timestamptz not null default now(),
    unique (region_id, name)
);

-- Other names of a unit (市发改委 = 市发展改革委 = 市发展和改革委员会). An alias names one unit per region.
create table unit_alias (
    unit_id    bigint not null references responsible_unit (id) on delete cascade,
    region_id  bigint not null references region (id),
    alias      text not null,
    primary key (region_id, alias)
);

-- A plan (工作要点 and its family). DRAFT while the office reviews the import, then PUBLISHED.
create table plan (
    id                   bigserial primary key,
    region_id            bigint not null references region (id),
    kind                 text not null default 'WORK_POINTS',
    title                text not null,
    plan_year            integer,
    issuer               text,
    issued_on_behalf_by  text,
    issued_date          date,
    document_number      text,
    addressees           text[] not null default '{}',
    state                text not null check (state in ('DRAFT', 'PUBLISHED')),
    created_at           timestamptz not null default now(),
    published_at         timestamptz
);

-- The original file, stored with the plan. The same bytes are never imported twice.
create table plan_source (
    plan_id         bigint primary key references plan (id) on delete cascade,
    file_name       text not null,
    format          text not null,
    charset         text,
    size_bytes      bigint not null,
    sha256          char(64) not null unique,
    content         bytea not null,
    extracted_text  text not null
);

create table plan_node (
    id           bigserial primary key,
    plan_id      bigint not null references plan (id) on delete cascade,
    parent_id    bigint references plan_node (id) on delete cascade,
    level        integer not null,
    number       text not null,
    path         text[] not null,
    title        text not null,
    position     integer not null,
    source_line  integer not null
);
create index plan_node_plan on plan_node (plan_id, position);

create table task (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    node_id          bigint references plan_node (id) on delete cascade,
    number           text not null,
    path             text[] not null,
    text             text not null,
    source_text      text not null,
    source_line      integer not null,
    source_column    integer not null,
    source_start     integer not null,
    source_end       integer not null,
    deadline         date,
    deadline_open    boolean not null default false,
    deadline_phrase  text,
    position         integer not null
);
create index task_plan on task (plan_id, position);

-- Task ↔ unit link with its role. RESPONSIBLE where the document does not mark lead and co.
create table assignment (
    task_id       bigint not null references task (id) on delete cascade,
    position      integer not null,
    unit_id       bigint not null references responsible_unit (id),
    role          text not null check (role in ('LEAD', 'CO', 'RESPONSIBLE')),
    printed_name  text not null,
    inherited     boolean not null default false,
    primary key (task_id, position)
);
create index assignment_unit on assignment (unit_id);

-- Targets read from the task text (目标). value is in the canonical unit (15万千瓦 → 150000 kW).
create table target (
    id           bigserial primary key,
    task_id      bigint not null references task (id) on delete cascade,
    position     integer not null,
    indicator    text not null,
    comparator   text not null,
    value        numeric,
    upper_value  numeric,
    unit         text,
    phrase       text not null,
    span_start   integer not null,
    span_end     integer not null
);
create index target_task on target (task_id);

create table parse_issue (
    id        bigserial primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    line      integer not null,
    col       integer not null,
    severity  text not null,
    message   text not null
);
