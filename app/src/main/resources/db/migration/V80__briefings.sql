-- Briefings (通报): each generated briefing of a plan's reporting period with its Word and PDF files and
-- the counts it printed; the office's schedule (one date per period on which the briefing is generated
-- by itself); and the office's replacement Word template (none stored = the shipped default).
create table briefing (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    period_id        bigint not null references reporting_period (id) on delete cascade,
    serial           integer not null,
    status_on        date not null,
    next_steps       text not null,
    trigger_kind     text not null check (trigger_kind in ('MANUAL', 'SCHEDULED')),
    generated_by_id  bigint,
    generated_by     text not null,
    generated_at     timestamptz not null default now(),
    tasks_total      integer not null,
    tasks_completed  integer not null,
    tasks_red        integer not null,
    tasks_stagnant   integer not null,
    reports_missing  integer not null,
    template_name    text not null,
    docx             bytea not null,
    pdf              bytea not null,
    unique (plan_id, serial)
);
create index briefing_period on briefing (period_id, generated_at desc);

create table briefing_schedule (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    period_id        bigint not null references reporting_period (id) on delete cascade unique,
    generate_on      date not null,
    next_steps       text not null,
    scheduled_by_id  bigint not null,
    scheduled_by     text not null,
    scheduled_at     timestamptz not null default now(),
    briefing_id      bigint references briefing (id) on delete set null,
    done_at          timestamptz,
    failure          text
);

create table briefing_template (
    id           integer primary key check (id = 1),
    file_name    text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
