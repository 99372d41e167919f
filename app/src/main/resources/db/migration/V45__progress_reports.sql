-- Progress reports (进展报送): one per task, unit and reporting period, with its workflow state and the
-- current text, and a snapshot per submission (the history; the latest approved one counts). Who acted
-- is stored as the user's id and display name without a foreign key: the trail outlives accounts.
create table progress_report (
    id                   bigserial primary key,
    plan_id              bigint not null references plan (id) on delete cascade,
    task_id              bigint not null references task (id) on delete cascade,
    unit_id              bigint not null references responsible_unit (id),
    period_id            bigint not null references reporting_period (id) on delete cascade,
    state                text not null check (state in ('DRAFT', 'SUBMITTED', 'UNIT_APPROVED', 'APPROVED', 'RETURNED')),
    progress             text not null default '',
    problems             text not null default '',
    next_steps           text not null default '',
    completion           integer check (completion between 0 and 100),
    submission           integer not null default 0,
    submitted_by_id      bigint,
    submitted_by         text,
    submitted_at         timestamptz,
    unit_approved_by_id  bigint,
    unit_approved_by     text,
    unit_approved_at     timestamptz,
    approved_by_id       bigint,
    approved_by          text,
    approved_at          timestamptz,
    returned_by_id       bigint,
    returned_by          text,
    returned_at          timestamptz,
    return_reason        text,
    created_at           timestamptz not null default now(),
    row_version          integer not null default 0,
    unique (task_id, unit_id, period_id)
);
create index progress_report_period on progress_report (period_id, unit_id);

-- The current value per target, as typed and as read (in the target's level unit).
create table progress_report_value (
    report_id    bigint not null references progress_report (id) on delete cascade,
    target_id    bigint not null references target (id) on delete cascade,
    typed        text not null,
    value        numeric not null,
    approximate  boolean not null default false,
    primary key (report_id, target_id)
);

-- One row per submission: what was submitted, by whom and when, and what became of it.
create table progress_report_version (
    report_id        bigint not null references progress_report (id) on delete cascade,
    submission       integer not null,
    progress         text not null,
    problems         text not null,
    next_steps       text not null,
    completion       integer,
    submitted_by_id  bigint not null,
    submitted_by     text not null,
    submitted_at     timestamptz not null,
    outcome          text not null check (outcome in ('SUBMITTED', 'UNIT_APPROVED', 'APPROVED', 'RETURNED')),
    decided_by       text,
    decided_at       timestamptz,
    reason           text,
    primary key (report_id, submission)
);

create table progress_report_version_value (
    report_id    bigint not null,
    submission   integer not null,
    target_id    bigint not null references target (id) on delete cascade,
    typed        text not null,
    value        numeric not null,
    approximate  boolean not null default false,
    primary key (report_id, submission, target_id),
    foreign key (report_id, submission) references progress_report_version (report_id, submission) on delete cascade
);

-- Evidence attachments (佐证材料): metadata here, bytes in progress_attachment_content (the default
-- storage, shared by every app node) or in a configured directory (storage = 'DIRECTORY').
create table progress_attachment (
    id               bigserial primary key,
    report_id        bigint not null references progress_report (id) on delete cascade,
    file_name        text not null,
    media_type       text not null,
    size_bytes       bigint not null,
    sha256           char(64) not null,
    storage          text not null check (storage in ('DATABASE', 'DIRECTORY')),
    uploaded_by_id   bigint not null,
    uploaded_by      text not null,
    uploaded_at      timestamptz not null default now()
);
create index progress_attachment_report on progress_attachment (report_id);

create table progress_attachment_content (
    attachment_id  bigint primary key references progress_attachment (id) on delete cascade,
    content        bytea not null
);
