-- The app's connection pool logs in as its own role (${app_role}: greenplan_app for the embedded
-- server, greenplan.database.app-role for an external one), never as the owner that runs these
-- migrations. It reads and writes the tables, uses the sequences, and only reads and appends to the
-- audit trail (no UPDATE, DELETE or TRUNCATE on audit_event). Tables and sequences created later by
-- the same owner get the same grants (ALTER DEFAULT PRIVILEGES). Skipped, with a notice in the log,
-- when the role does not exist or is the owner itself (an external server where the app connects as
-- the owner; see the README).
do $$
declare
    app text := '${app_role}';
    owner_schema text := current_schema();
begin
    if not exists (select from pg_roles where rolname = app) then
        raise notice 'GreenPlan: database role "%" does not exist; no privileges granted (the app connects as the owner "%")', app, current_user;
        return;
    end if;
    if app = current_user then
        raise notice 'GreenPlan: the app role "%" is the owner that migrates; no separate privileges granted', app;
        return;
    end if;
    if (select rolsuper from pg_roles where rolname = app) then
        raise warning 'GreenPlan: the app role "%" is a superuser; it should not be', app;
    end if;
    execute format('grant usage on schema %I to %I', owner_schema, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', owner_schema, app);
    execute format('grant usage, select on all sequences in schema %I to %I', owner_schema, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   owner_schema, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I', owner_schema, app);
    execute format('revoke update, delete, truncate on audit_event from %I', app);
    execute format('revoke all on %I from %I', '${flyway:table}', app);
end
$$;
