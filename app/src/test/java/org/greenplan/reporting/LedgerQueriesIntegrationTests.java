package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.demodata.DemoData;
import org.greenplan.demodata.DemoOptions;
import org.greenplan.demodata.DemoSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ledger reads its plan with a fixed number of SQL statements whatever the number of tasks: the same
 * demonstration data (one city, one year, reported January to May, on 20 June 2025) built with 12 and
 * with 120 tasks, each task with its units, reports and target values, exported as .xlsx and as CSV.
 */
@IntegrationTest
@Import(CountingStatements.class)
class LedgerQueriesIntegrationTests {
    private static final LocalDate JUNE_20 = LocalDate.of(2025, 6, 20);

    @Autowired
    DemoData demoData;

    @Autowired
    LedgerExport export;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from app_user where username like 'demo-%'").update();
    }

    @Test
    void theStatementsOfALedgerDoNotGrowWithItsTasks() {
        Counts small = ledgerOf(1);
        clean();
        Counts large = ledgerOf(10);

        assertThat(small.tasks()).isEqualTo(12);
        assertThat(large.tasks()).isEqualTo(120);
        assertThat(large.reports()).as("reports of the larger plan").isGreaterThan(8 * small.reports());
        assertThat(large.rows().value()).hasSize(120);
        assertThat(large.rows().value())
                .filteredOn(row -> row.progress().contains("月"))
                .as("rows showing approved reports or values")
                .hasSizeGreaterThanOrEqualTo(110);
        assertThat(large.rowsSql()).as("the statements of the ledger's rows").isEqualTo(small.rowsSql());
        assertThat(large.rows().statements()).isEqualTo(small.rows().statements());
        assertThat(large.xlsx().statements()).isEqualTo(small.xlsx().statements());
        assertThat(large.csv().statements()).isEqualTo(small.csv().statements());
        assertThat(large.xlsx().statements()).isLessThanOrEqualTo(40);
        // read 12 tasks at a time, the 120 tasks cost the same plus ten chunks' reports (the ledger's and
        // supervision's: 2 + 2), report slots (1), target settings (2) and values (1) instead of one chunk's
        assertThat(large.tenChunks().statements()).isEqualTo(large.rows().statements() + 9 * 8);
        assertThat(large.tenChunks().value()).isEqualTo(large.rows().value());
    }

    private Counts ledgerOf(int tasksPerSection) {
        DemoSummary summary = demoData.generate(new DemoOptions(1, 1, 42, JUNE_20, null, tasksPerSection), line -> {});
        long planId = jdbc.sql("select id from plan where state = 'PUBLISHED'")
                .query(Long.class)
                .single();
        Counted<List<LedgerRow>> rows = CountingStatements.during(() -> ledger.rows(planId, null, JUNE_20));
        List<String> rowsSql = CountingStatements.lastStatements();
        Counted<List<LedgerRow>> tenChunks = CountingStatements.during(() -> {
            List<LedgerRow> chunked = new java.util.ArrayList<>();
            ledger.rows(planId, null, JUNE_20, summary.tasks() / 10, chunked::add);
            return chunked;
        });
        Counted<byte[]> xlsx = CountingStatements.during(() ->
                export.export(planId, null, LedgerOptions.DEFAULT, JUNE_20).content());
        Counted<byte[]> csv = CountingStatements.during(
                () -> export.csv(planId, null, StandardCharsets.UTF_8, JUNE_20).content());
        return new Counts(summary.tasks(), summary.reports(), rows, rowsSql, xlsx, csv, tenChunks);
    }

    private record Counts(
            int tasks,
            int reports,
            Counted<List<LedgerRow>> rows,
            List<String> rowsSql,
            Counted<byte[]> xlsx,
            Counted<byte[]> csv,
            Counted<List<LedgerRow>> tenChunks) {}
}
