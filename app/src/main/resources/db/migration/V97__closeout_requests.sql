-- 销号、取消、调整: a responsible unit (or the office) asks to close out, cancel or adjust a published task;
-- the office approves or refuses with a reason. A refused request stays as history; the unit may ask again.
create table closeout_request (
    id                 bigserial primary key,
    plan_id            bigint not null references plan (id) on delete cascade,
    task_id            bigint not null references task (id) on delete cascade,
    unit_id            bigint references responsible_unit (id),
    kind               text not null check (kind in ('CLOSEOUT', 'CANCELLATION', 'ADJUSTMENT')),
    state              text not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    statement          text not null check (length(trim(statement)) > 0),
    new_text           text,
    new_deadline       date,
    target_id          bigint references target (id) on delete set null,
    new_target_value   numeric,
    filed_at           timestamptz not null,
    filed_by_user_id   bigint not null,
    filed_by           text not null,
    decided_at         timestamptz,
    decided_by_user_id bigint,
    decided_by         text,
    decision_note      text,
    version            integer not null default 0,
    check (kind <> 'ADJUSTMENT' or new_text is not null or new_deadline is not null or new_target_value is not null),
    check (target_id is null or new_target_value is not null),
    check (state <> 'REFUSED' or length(trim(decision_note)) > 0)
);
-- one pending request of a kind per task; a task is closed out or cancelled at most once
create unique index closeout_request_pending on closeout_request (task_id, kind) where state = 'PENDING';
create unique index closeout_request_ended on closeout_request (task_id)
    where state = 'APPROVED' and kind in ('CLOSEOUT', 'CANCELLATION');
create index closeout_request_plan on closeout_request (plan_id, state);
create index closeout_request_unit on closeout_request (unit_id);

-- 佐证材料 of a close-out request, checked like progress-report evidence (type from the content, size limit).
create table closeout_evidence (
    id           bigserial primary key,
    request_id   bigint not null references closeout_request (id) on delete cascade,
    file_name    text not null,
    media_type   text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null,
    content      bytea not null
);
create index closeout_evidence_request on closeout_evidence (request_id);
