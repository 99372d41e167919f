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
                "GreenPlan 已在运行：在浏览器中打开它启动时显示的地址即可；命令（import、export-ledger）可在它运行时使用。"
                        + "要换一个数据目录，请设置 GREENPLAN_DATABASE_EMBEDDED_DATA_DIR。"
                        + " (GreenPlan is already running: open the address it printed at start-up; commands work while it runs."
                        + " To use another data directory, set GREENPLAN_DATABASE_EMBEDDED_DATA_DIR.)",
                cause);
    }
}
