package org.greenplan.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link DataDirectoryInUseException} as Spring Boot's short "APPLICATION FAILED TO START"
 * text (who holds the database and what to do) instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "GreenPlan 已在运行时直接打开 http://localhost:8080 即可；命令（import、export-ledger）可在它运行时使用。"
                        + "要换一个数据目录，请设置 GREENPLAN_DATABASE_EMBEDDED_DATA_DIR。"
                        + " (When GreenPlan is already running, open it in the browser; commands work while it runs."
                        + " To use another data directory, set GREENPLAN_DATABASE_EMBEDDED_DATA_DIR.)",
                cause);
    }
}
