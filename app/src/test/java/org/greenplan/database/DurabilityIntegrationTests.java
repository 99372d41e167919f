package org.greenplan.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenplan.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL, started as the app starts it ({@link EmbeddedPostgresConfiguration}), keeps
 * committed data through a power cut: zonky's test defaults ({@code -F}, i.e. fsync off) are overridden.
 */
@IntegrationTest
class DurabilityIntegrationTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void runsWithWriteSafetyOn(String setting) {
        assertThat(database.owned())
                .as("the test context started its own embedded server")
                .isTrue();

        String value = jdbc.sql("show " + setting).query(String.class).single();

        assertThat(value).isEqualTo("on");
    }
}
