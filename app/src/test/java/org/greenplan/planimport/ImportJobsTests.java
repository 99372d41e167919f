package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.greenplan.ShippedMessages;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** A failed background import tells the user what happened without the exception's text. */
class ImportJobsTests {
    private static final String SQL_FAILURE = "PreparedStatementCallback; SQL [insert into responsible_unit "
            + "(region_id, name) values (?, ?)]; ERROR: duplicate key value violates unique constraint";

    @Test
    void unexpectedFailureShowsTheFileAndAReferenceButNoSql() {
        PlanImporter importer = mock(PlanImporter.class);
        when(importer.importDraft(any(byte[].class), anyString(), anyLong(), any(ImportProgress.class)))
                .thenThrow(new DuplicateKeyException(SQL_FAILURE));
        ImportJobs jobs = new ImportJobs(importer, Runnable::run);

        ImportJob job = jobs.find(jobs.start(new byte[] {1}, "要点.docx").id()).orElseThrow();

        assertThat(job.finished()).isTrue();
        String zh = ShippedMessages.bundles().getMessage(job.problem(), Locale.SIMPLIFIED_CHINESE);
        String en = ShippedMessages.bundles().getMessage(job.problem(), Locale.ENGLISH);
        String reference = job.id().substring(0, 8);
        assertThat(zh).isEqualTo("导入“要点.docx”时服务器出错，文件未保存。请稍后重试；如仍失败，请将参考号 " + reference + " 告知管理员。");
        assertThat(en)
                .startsWith("The server failed while importing \"要点.docx\"")
                .contains(reference);
        assertThat(zh + en).doesNotContain("SQL", "insert", "Exception", "constraint");
    }
}
