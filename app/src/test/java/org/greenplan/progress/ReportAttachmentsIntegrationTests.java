package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenplan.progress.ReportFixture.office;
import static org.greenplan.progress.ReportFixture.reporter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greenplan.IntegrationTest;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Evidence files on the straw report: type told by content, size counted while streaming, unit checks. */
@IntegrationTest
class ReportAttachmentsIntegrationTests {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProgressReports reports;

    @Autowired
    ReportAttachments attachments;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    ReportFixture f;
    long reportId;

    @BeforeEach
    void draft() {
        f = ReportFixture.publish(importer, jdbc, "OPEN");
        reportId = reports.saveDraft(
                        reporter(f.strawUnitId()),
                        f.strawKey(),
                        new ReportInput("进展", "", "", "", Map.of(), Set.of()),
                        0)
                .id();
    }

    @Test
    void aPdfIsStoredInTheDatabaseAndReadBackByTheOfficeButNotByAnotherUnit() throws IOException {
        Attachment stored =
                attachments.attach(reporter(f.strawUnitId()), reportId, "秸秆台账.pdf", new ByteArrayInputStream(PDF));

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        try (InputStream in = attachments.open(office(), stored.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(jdbc.sql("select storage from progress_attachment")
                        .query(String.class)
                        .single())
                .isEqualTo("DATABASE");
        assertThatThrownBy(() -> attachments.open(reporter(f.otherUnitId()), stored.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.show(office(), reportId).attachments())
                .extracting(Attachment::fileName)
                .containsExactly("秸秆台账.pdf");
    }

    @Test
    void aPdfThatIsReallyAProgramIsRefusedNamingTheFile() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);

        assertThatThrownBy(() -> attachments.attach(
                        reporter(f.strawUnitId()), reportId, "佐证.pdf", new ByteArrayInputStream(exe)))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("progress.attachment.typeMismatch");
                    assertThat(e.getArguments()).startsWith("佐证.pdf").endsWith("pdf");
                    assertThat(e.getArguments()[1]).isNotEqualTo("pdf");
                });
        assertThat(jdbc.sql("select count(*) from progress_attachment")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPdfThatIsReallyAZipAndASpreadsheetNamedDocxAreRefused() throws IOException {
        assertThatThrownBy(() -> attachments.attach(
                        reporter(f.strawUnitId()), reportId, "照片.pdf", new ByteArrayInputStream(zip("photo.jpg"))))
                .isInstanceOfSatisfying(
                        AttachmentRefusedException.class,
                        e -> assertThat(e.getArguments()).containsExactly("照片.pdf", "application/zip", "pdf"));
        assertThatThrownBy(() -> attachments.attach(
                        reporter(f.strawUnitId()),
                        reportId,
                        "报告.docx",
                        new ByteArrayInputStream(zip("[Content_Types].xml", "xl/workbook.xml"))))
                .isInstanceOfSatisfying(
                        AttachmentRefusedException.class,
                        e -> assertThat(e.getArguments()).containsExactly("报告.docx", "xlsx", "docx"));

        Attachment docx = attachments.attach(
                reporter(f.strawUnitId()),
                reportId,
                "报告.docx",
                new ByteArrayInputStream(zip("[Content_Types].xml", "word/document.xml")));
        assertThat(docx.fileName()).isEqualTo("报告.docx");
    }

    @Test
    void anOversizeFileIsRefusedWhileItStreamsIn() {
        long limit = attachments.maxBytes();
        CountingStream huge = new CountingStream(200L * 1024 * 1024);

        assertThatThrownBy(() -> attachments.attach(reporter(f.strawUnitId()), reportId, "大文件.pdf", huge))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("progress.attachment.tooLarge");
                    assertThat(e.getArguments()).containsExactly("大文件.pdf", 20L);
                });
        assertThat(huge.served).isBetween(limit, limit + 64 * 1024);
    }

    @Test
    void anExecutableExtensionIsRefusedAndASubmittedReportTakesNoAttachment() {
        assertThatThrownBy(() -> attachments.attach(
                        reporter(f.strawUnitId()), reportId, "setup.exe", new ByteArrayInputStream(PDF)))
                .extracting("code")
                .isEqualTo("progress.attachment.typeNotAllowed");

        int version = reports.show(office(), reportId).report().rowVersion();
        reports.submit(
                reporter(f.strawUnitId()),
                f.strawKey(),
                new ReportInput("进展", "", "", "", Map.of(), Set.of()),
                version);
        assertThatThrownBy(() ->
                        attachments.attach(reporter(f.strawUnitId()), reportId, "a.pdf", new ByteArrayInputStream(PDF)))
                .isInstanceOf(ReportRefusedException.class);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A pdf header followed by zeros, made up as it is read: never held in memory. */
    static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            return served < PDF.length ? PDF[(int) served++] : (int) (served++ * 0);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = served + i < PDF.length ? PDF[(int) (served + i)] : 0;
            }
            served += n;
            return n;
        }
    }
}
