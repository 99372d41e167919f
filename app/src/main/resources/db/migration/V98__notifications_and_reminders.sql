-- Notifications (module notifications): one message, its in-app copies per user (the inbox) and the log of
-- every delivery attempt per channel (in-app, e-mail, webhook, SMS) with its outcome.
create table notification_message (
    id          bigserial primary key,
    kind        text not null,
    subject     text not null,
    body        text not null,
    link        text,
    plan_id     bigint references plan (id) on delete cascade,
    unit_id     bigint references responsible_unit (id) on delete cascade,
    created_at  timestamptz not null default now()
);
create index notification_message_plan on notification_message (plan_id);

create table notification_inbox (
    id          bigserial primary key,
    message_id  bigint not null references notification_message (id) on delete cascade,
    user_id     bigint not null references app_user (id) on delete cascade,
    read_at     timestamptz,
    unique (message_id, user_id)
);
create index notification_inbox_unread on notification_inbox (user_id) where read_at is null;

create table notification_delivery (
    id          bigserial primary key,
    message_id  bigint not null references notification_message (id) on delete cascade,
    channel     text not null check (channel in ('IN_APP', 'EMAIL', 'WEBHOOK', 'SMS')),
    recipient   text not null,
    status      text not null check (status in ('SENT', 'FAILED', 'SKIPPED')),
    detail      text,
    at          timestamptz not null default now()
);
create index notification_delivery_message on notification_delivery (message_id);

-- Reminders (module reminders). Settings: one global row (plan_id null) and optional rows per plan.
create table reminder_settings (
    id                  bigserial primary key,
    plan_id             bigint unique references plan (id) on delete cascade,
    enabled             boolean not null default true,
    days_before         integer not null default 2 check (days_before between 0 and 20),
    escalate_after      integer not null default 3 check (escalate_after between 1 and 60),
    max_per_unit_day    integer not null default 1 check (max_per_unit_day between 1 and 10),
    version             integer not null default 0
);
create unique index reminder_settings_global on reminder_settings ((plan_id is null)) where plan_id is null;
insert into reminder_settings (plan_id) values (null);

-- Every scheduled reminder, once: the unique key stops two app nodes (or two runs) sending it twice.
create table reminder (
    id          bigserial primary key,
    plan_id     bigint not null references plan (id) on delete cascade,
    period_id   bigint not null references reporting_period (id) on delete cascade,
    unit_id     bigint not null references responsible_unit (id) on delete cascade,
    kind        text not null check (kind in ('DUE_SOON', 'OVERDUE', 'ESCALATION')),
    day         date not null,
    due_on      date not null,
    task_count  integer not null,
    message_id  bigint references notification_message (id) on delete set null,
    created_at  timestamptz not null default now(),
    unique (plan_id, period_id, unit_id, kind, day)
);
create index reminder_unit_day on reminder (unit_id, day);

-- 催办单: numbered per year without gaps (the counter row is updated in the issuing transaction).
create table urging_counter (
    year         integer primary key,
    last_number  integer not null
);

create table urging (
    id          bigserial primary key,
    year        integer not null,
    number      integer not null,
    plan_id     bigint not null references plan (id) on delete cascade,
    task_id     bigint references task (id) on delete cascade,
    message     text not null,
    reply_by    date,
    issued_at   timestamptz not null default now(),
    issued_by   text not null,
    message_id  bigint references notification_message (id) on delete set null,
    unique (year, number)
);

create table urging_unit (
    urging_id  bigint not null references urging (id) on delete cascade,
    unit_id    bigint not null references responsible_unit (id) on delete cascade,
    position   integer not null,
    primary key (urging_id, unit_id)
);

-- 批示: a leader's comment on a task.
create table instruction (
    id              bigserial primary key,
    plan_id         bigint not null references plan (id) on delete cascade,
    task_id         bigint not null references task (id) on delete cascade,
    author_user_id  bigint not null,
    author_name     text not null,
    text            text not null,
    created_at      timestamptz not null default now()
);
create index instruction_task on instruction (task_id);
