-- 信息公开: whether the office has made a plan's read-only page public at /public/plans/{planId}.
-- One row per plan once the office has first decided; no row means not public. Each change is in
-- audit_event (entity PLAN, actions PUBLIC_ON / PUBLIC_OFF).
create table public_plan (
    plan_id     bigint primary key references plan (id) on delete cascade,
    public      boolean not null,
    changed_at  timestamptz not null,
    changed_by  text
);
