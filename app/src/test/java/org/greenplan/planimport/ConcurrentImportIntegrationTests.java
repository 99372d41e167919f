package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports running at the same time that name the same new unit all succeed and share one unit. */
@IntegrationTest
class ConcurrentImportIntegrationTests {
    private static final int IMPORTS = 24;
    private static final String NEW_UNIT = "市新设碳达峰协调办";

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void parallelImportsNamingTheSameUnknownUnitAllSucceedWithOneUnit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImportResult>> results = new ArrayList<>();
        try {
            for (int i = 1; i <= IMPORTS; i++) {
                byte[] document = document(i);
                String name = "plan-" + i + ".txt";
                results.add(pool.submit(() -> {
                    start.await();
                    return importer.importDraft(document, name);
                }));
            }
            start.countDown();
            List<ImportResult> stored = new ArrayList<>();
            for (Future<ImportResult> result : results) {
                stored.add(result.get());
            }

            assertThat(stored)
                    .extracting(ImportResult::planId)
                    .doesNotHaveDuplicates()
                    .hasSize(IMPORTS);
            assertThat(jdbc.sql("select count(*) from responsible_unit where name = ?")
                            .param(NEW_UNIT)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            assertThat(stored.stream().filter(r -> r.newUnits().contains(NEW_UNIT)))
                    .hasSize(1);
            assertThat(jdbc.sql("""
                            select count(distinct a.unit_id) from assignment a
                            join responsible_unit u on u.id = a.unit_id where u.name = ?""").param(NEW_UNIT).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                    .isEqualTo((long) IMPORTS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] document(int i) {
        return ("""
                某市2022年绿色发展行动工作要点（第%d号）

                一、推进低碳转型
                1.开展第%d批碳达峰试点园区建设。（责任单位：%s、市发展改革委）
                """).formatted(i, i, NEW_UNIT).getBytes(StandardCharsets.UTF_8);
    }
}
