-- Sign-in: failed logins (throttling per account and per client address, shared by every app node) and
-- personal API tokens. Only the SHA-256 of a token is stored; the token itself is shown once.
create table login_failure (
    id              bigserial primary key,
    username        text not null,
    client_address  text not null,
    occurred_at     timestamptz not null default now(),
    account_cleared boolean not null default false
);
create index login_failure_username on login_failure (lower(username), occurred_at);
create index login_failure_address on login_failure (client_address, occurred_at);

create table app_user_token (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id) on delete cascade,
    name          text not null,
    token_hash    char(64) not null unique,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index app_user_token_user on app_user_token (user_id);
