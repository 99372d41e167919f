package org.greenplan;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Removes what tests stored, keeping the directory of units seeded by the migrations. */
public final class DatabaseCleaner {
    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        jdbc.sql("truncate plan cascade").update();
        jdbc.sql("""
                delete from responsible_unit where created_at >
                    (select max(installed_on) from flyway_schema_history)""").update();
    }
}
