-- Account administration. A username is unique regardless of letter case (Zhang.San = zhang.san).
create unique index app_user_username_lower on app_user (lower(username));

-- The contact person (联络员) of a unit is edited on a form: its version guards against a lost update.
alter table responsible_unit add column version integer not null default 0;

-- A bulk import of units or users (批量导入) waits here between upload and confirmation, so that any
-- app node can show and confirm it: the checked rows as JSON, keyed by a random token, until it expires.
-- confirmed_at is set once, in the transaction that stores the rows, so a second confirmation stores nothing.
create table admin_import_preview (
    token         text primary key,
    kind          text not null check (kind in ('UNITS', 'USERS')),
    file_name     text not null,
    rows_json     text not null,
    created_by    bigint,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    confirmed_at  timestamptz
);
create index admin_import_preview_expiry on admin_import_preview (expires_at);
