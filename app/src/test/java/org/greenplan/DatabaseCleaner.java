package org.greenplan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes what tests stored, keeping the directory of units seeded by the migrations. Runs with the
 * app's own privileges (no TRUNCATE): deleting the plans deletes everything that belongs to them
 * through their foreign keys; the audit trail is append-only and stays.
 */
public final class DatabaseCleaner {
    private DatabaseCleaner() {}

    public static void clean(JdbcClient jdbc) {
        jdbc.sql("delete from plan").update();
        // Users of units about to go (created by a test's import) go with them.
        jdbc.sql("""
                delete from app_user where unit_id in (select id from responsible_unit
                    where created_at > (select min(created_at) from responsible_unit))""").update();
        // The seed migration inserted its units in one transaction, so they share the earliest created_at.
        jdbc.sql("""
                delete from responsible_unit where created_at > (select min(created_at) from responsible_unit)""").update();
    }
}
