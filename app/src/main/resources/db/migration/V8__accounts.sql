-- Accounts: users, their roles and their unit. Passwords are stored only as DelegatingPasswordEncoder
-- hashes with their {id} prefix. A user belongs to at most one unit (none for office staff and leaders).
create table app_user (
    id                    bigserial primary key,
    username              text not null unique,
    display_name          text not null,
    password_hash         text,
    unit_id               bigint references responsible_unit (id),
    enabled               boolean not null default true,
    must_change_password  boolean not null default true,
    email                 text,
    phone                 text,
    created_at            timestamptz not null default now(),
    version               integer not null default 0
);
create index app_user_unit on app_user (unit_id);

create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text not null check (role in ('OFFICE_ADMIN', 'UNIT_REPORTER', 'UNIT_LEADER', 'LEADER')),
    primary key (user_id, role)
);

-- Each unit names a contact person (联络员) for the office to reach.
alter table responsible_unit add column contact_name text;
alter table responsible_unit add column contact_phone text;
alter table responsible_unit add column contact_email text;
