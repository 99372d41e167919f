package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** An upload larger than the limit is refused from its stream, with the file and the limit named. */
@IntegrationTest
class UploadLimitIntegrationTests {
    private static final long SIZE = 200L * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    /** A 200 MB part as the container hands it over: measured, on disk, read only through its stream. */
    static final class LargePart extends MockMultipartFile {
        int streamsOpened;

        LargePart() {
            super("file", "huge.docx", "application/octet-stream", new byte[] {'P', 'K'});
        }

        @Override
        public long getSize() {
            return SIZE;
        }

        @Override
        public InputStream getInputStream() {
            streamsOpened++;
            return new DocumentParsingUploadTests.GeneratedStream(SIZE);
        }
    }

    @Test
    void plainUploadOf200MegabytesIsRefusedNamingTheFileAndTheLimit() throws Exception {
        LargePart part = new LargePart();

        String error = (String) mvc.perform(multipart("/imports").file(part))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getFlashMap()
                .get("error");

        assertThat(error).isEqualTo("无法导入：huge.docx: 文件大小 200.00 MB 超过上限 20.00 MB");
        assertThat(part.streamsOpened).isEqualTo(1);
        assertNothingStored();
    }

    @Test
    void progressUploadOf200MegabytesEndsItsBarWithTheRefusal() throws Exception {
        String fragment = mvc.perform(
                        multipart("/imports").file(new LargePart()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Matcher id = Pattern.compile("/imports/jobs/([0-9a-f-]{36})/events").matcher(fragment);
        assertThat(id.find()).isTrue();
        ImportJob job = jobs.find(id.group(1)).orElseThrow();
        assertThat(job.finished()).isTrue();
        assertThat(messages.getMessage(job.problem(), Locale.ENGLISH))
                .isEqualTo("huge.docx: The file size 200.00 MB exceeds the limit of 20.00 MB");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from plan_source")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
