-- Target evaluation (目标评价): per target the office's settings and milestone table, and the values
-- reported against it. A target without a target_setting row is evaluated with the defaults (no
-- baseline, automatic aggregation, LINEAR pacing, tolerance 0.10). Values are levels in the target's
-- level unit: % for a pp target, the indicator's own unit for a relative change (下降13.5%).

create table target_setting (
    target_id    bigint primary key references target (id) on delete cascade,
    baseline     numeric,
    -- null: chosen from the indicator and unit (Aggregation.defaultFor)
    aggregation  text check (aggregation in ('LATEST', 'SUM', 'MAX')),
    pacing       text not null default 'LINEAR' check (pacing in ('LINEAR', 'BACK_LOADED', 'MILESTONES')),
    -- share of the planned change (goal - start) behind pace that is still YELLOW
    tolerance    numeric not null default 0.10 check (tolerance >= 0 and tolerance <= 1),
    updated_at   timestamptz not null default now()
);

-- The milestone table of MILESTONES pacing: by due_on the indicator should stand at value.
create table target_milestone (
    target_id  bigint not null references target (id) on delete cascade,
    due_on     date not null,
    value      numeric not null,
    primary key (target_id, due_on)
);

-- Reported values (报送数值). period is the first day of the month reported, or the day of a
-- measurement. Several entries for one period are kept as history; the latest entered counts.
create table reported_value (
    id           bigserial primary key,
    target_id    bigint not null references target (id) on delete cascade,
    period       date not null,
    value        numeric not null,
    approximate  boolean not null default false,
    entered_at   timestamptz not null default now(),
    note         text
);
create index reported_value_target on reported_value (target_id, period, entered_at);
