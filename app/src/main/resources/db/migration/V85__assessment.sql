-- 考核 (assessment): scoring rules per plan, assessment rounds, and one entry per round and unit with the
-- scores computed when the round opened, the unit's self-assessment and the office's decision.
create table assessment_rules (
    plan_id              bigint primary key references plan (id) on delete cascade,
    weight_attainment    integer not null check (weight_attainment between 0 and 100),
    weight_timeliness    integer not null check (weight_timeliness between 0 and 100),
    weight_completeness  integer not null check (weight_completeness between 0 and 100),
    late_deduction       numeric(6, 2) not null check (late_deduction between 0 and 100),
    missing_deduction    numeric(6, 2) not null check (missing_deduction between 0 and 100),
    bonus_cap            numeric(6, 2) not null check (bonus_cap between 0 and 100),
    version              integer not null default 0,
    check (weight_attainment + weight_timeliness + weight_completeness = 100)
);

create table assessment_round (
    id                   bigserial primary key,
    plan_id              bigint not null references plan (id) on delete cascade,
    label                text not null,
    up_to_period_id      bigint references reporting_period (id) on delete set null,
    scored_on            date not null,
    weight_attainment    integer not null,
    weight_timeliness    integer not null,
    weight_completeness  integer not null,
    late_deduction       numeric(6, 2) not null,
    missing_deduction    numeric(6, 2) not null,
    bonus_cap            numeric(6, 2) not null,
    state                text not null default 'OPEN' check (state in ('OPEN', 'PUBLISHED')),
    opened_at            timestamptz not null,
    opened_by            text not null,
    published_at         timestamptz,
    published_by         text,
    version              integer not null default 0
);
create unique index assessment_round_one_open on assessment_round (plan_id) where state = 'OPEN';

create table assessment_entry (
    id                   bigserial primary key,
    round_id             bigint not null references assessment_round (id) on delete cascade,
    unit_id              bigint not null references responsible_unit (id),
    state                text not null default 'PENDING'
                         check (state in ('PENDING', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'ADJUSTED')),
    tasks                integer not null,
    green                integer not null,
    yellow               integer not null,
    red                  integer not null,
    stagnant             integer not null,
    completed            integer not null,
    cancelled            integer not null,
    targets_met          integer not null,
    targets_judged       integer not null,
    reports_expected     integer not null,
    reports_on_time      integer not null,
    reports_late         integer not null,
    reports_missing      integer not null,
    approved_tasks       integer not null,
    attainment           numeric(6, 2) not null,
    timeliness           numeric(6, 2) not null,
    completeness         numeric(6, 2) not null,
    late_deduction       numeric(6, 2) not null,
    missing_deduction    numeric(6, 2) not null,
    computed             numeric(6, 2) not null,
    bonus                numeric(6, 2) not null default 0,
    bonus_reason         text,
    self_attainment      numeric(6, 2),
    self_timeliness      numeric(6, 2),
    self_completeness    numeric(6, 2),
    self_explanation     text,
    submitted_at         timestamptz,
    submitted_by         text,
    final_score          numeric(6, 2),
    adjustment_reason    text,
    return_reason        text,
    reviewed_at          timestamptz,
    reviewed_by          text,
    version              integer not null default 0,
    unique (round_id, unit_id)
);
create index assessment_entry_unit on assessment_entry (unit_id);
