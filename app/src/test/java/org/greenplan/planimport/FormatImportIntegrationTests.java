package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Word documents go through the same upload; the type comes from the bytes, not the name. */
@IntegrationTest
class FormatImportIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void importsTheSuzhouDocumentAsWordEvenWhenNamedTxt() throws Exception {
        byte[] docx = docx(TestDocuments.text(TestDocuments.SUZHOU));

        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "misnamed.txt", "text/plain", docx)))
                .andExpect(redirectedUrlPattern("/plans/*/review"));

        PlanSummary plan = catalog.plans().get(0);
        assertThat(plan.taskCount()).isEqualTo(34);
        assertThat(plan.title()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(catalog.units(plan.id())).hasSize(21);
        assertThat(jdbc.sql("select format from plan_source")
                        .query(String.class)
                        .single())
                .isEqualTo("DOCX");
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
