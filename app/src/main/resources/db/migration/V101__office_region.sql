-- A county or district office: an office admin whose account is scoped to a region below the city. It
-- imports into and sees only the plans of that region (and of regions below it). Office admins without a
-- row here are the city office and see every plan.
create table office_region (
    user_id      bigint primary key references app_user (id) on delete cascade,
    region_id    bigint not null references region (id),
    assigned_at  timestamptz not null default now()
);
create index office_region_region_idx on office_region (region_id);
