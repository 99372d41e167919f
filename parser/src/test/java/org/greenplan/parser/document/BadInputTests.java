package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BadInputTests {

    private static final List<String> REFERENCE = ReferenceText.lines();

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> DocumentReaders.read(new byte[0], "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("文件为空");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> DocumentReaders.read(big, "plan.txt"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("文件大小 21 MB 超过上限 20 MB");
        byte[] bigger = Arrays.copyOf(big, (int) (52.4 * 1024 * 1024));
        assertThatThrownBy(() -> DocumentReaders.read(bigger, "plan.txt")).hasMessageContaining("文件大小 52.4 MB");
    }

    @Test
    void refusesAZipBombDisguisedAsDocxFromItsDeclaredSizes() {
        byte[] bomb = BadInputFixtures.zipBomb(250, true);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> DocumentReaders.read(bomb, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("压缩内容展开后超过上限 200 MB");
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizesWhileInflating() {
        byte[] bomb = BadInputFixtures.zipBomb(30, false);
        ReadLimits limits =
                ReadLimits.builder().maxExpandedBytes(10 * 1024 * 1024).build();
        assertThatThrownBy(() -> DocumentReaders.read(bomb, "plan.docx", limits))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("压缩内容展开后超过上限 10 MB");
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        byte[] docx = DocxFixtures.paragraphs(REFERENCE);
        ReadLimits limits = ReadLimits.builder().maxEntries(3).build();
        assertThatThrownBy(() -> DocumentReaders.read(docx, "plan.docx", limits))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("超过上限 3");
    }

    @Test
    void refusesATruncatedDocx() {
        byte[] docx = DocxFixtures.paragraphs(REFERENCE);
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> DocumentReaders.read(truncated, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("文件已损坏或不完整");
    }

    @Test
    void refusesADocxWhoseXmlIsBroken() {
        byte[] docx = DocxFixtures.paragraphs(REFERENCE);
        byte[] garbage = replaceDocumentXml(docx);
        assertThatThrownBy(() -> DocumentReaders.read(garbage, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("文件已损坏或格式不正确");
    }

    @Test
    void refusesAnEncryptedDocx() {
        byte[] encrypted = BadInputFixtures.encryptedDocx(DocxFixtures.paragraphs(REFERENCE));
        assertThatThrownBy(() -> DocumentReaders.read(encrypted, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("文件已加密");
    }

    @Test
    void refusesAnEncryptedPdf() {
        byte[] pdf = BadInputFixtures.encryptedPdf(PdfFixtures.render(REFERENCE.subList(0, 5), "counter(page)"));
        assertThatThrownBy(() -> DocumentReaders.read(pdf, "plan.pdf"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("PDF 已加密");
    }

    @Test
    void refusesACorruptPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DocumentReaders.read(pdf, "plan.pdf"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("文件已损坏");
    }

    @Test
    void refusesAScannedPdfWithoutATextLayer() {
        assertThatThrownBy(() -> DocumentReaders.read(BadInputFixtures.imageOnlyPdf(), "scan.pdf"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("PDF 没有文字层（可能是扫描件）；不支持 OCR");
    }

    @Test
    void refusesAnOfdWithAMissingPart() throws Exception {
        byte[] ofd = BadInputFixtures.withoutEntry(OfdFixtures.render(REFERENCE), "Doc_0/Document.xml");
        List<Path> before = ofdTempFolders();
        assertThatThrownBy(() -> DocumentReaders.read(ofd, "plan.ofd"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("OFD 文件不完整：缺少 Doc_0/Document.xml");
        assertThat(ofdTempFolders()).isEqualTo(before);
    }

    @Test
    void refusesAnOfdWithoutItsEntryPoint() {
        byte[] ofd = BadInputFixtures.withoutEntry(OfdFixtures.render(REFERENCE), "OFD.xml");
        assertThatThrownBy(() -> DocumentReaders.read(ofd, "plan.ofd"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("OFD 文件不完整：缺少 OFD.xml");
    }

    @Test
    void refusesAnOfdWhoseEntriesEscapeTheirFolder() {
        byte[] ofd =
                BadInputFixtures.renameEntry(OfdFixtures.render(REFERENCE), "Doc_0/PublicRes.xml", "../../escaped.xml");
        assertThatThrownBy(() -> DocumentReaders.read(ofd, "plan.ofd"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("ZIP 条目路径非法");
    }

    @Test
    void cancelsAReadThatRunsPastTheTimeLimit() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.addAll(REFERENCE);
        }
        byte[] big = DocxFixtures.paragraphs(many);
        ReadLimits limits =
                ReadLimits.builder().maxDuration(Duration.ofMillis(5)).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReaders.read(big, "plan.docx", limits))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("读取超过时限 5 毫秒");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refusesUnsupportedTypes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> DocumentReaders.read(png, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith("不支持的文件类型（image/png）");
    }

    @Test
    void refusesASpreadsheetNamedDocx() {
        byte[] renamed = BadInputFixtures.renameEntry(
                DocxFixtures.paragraphs(REFERENCE), "word/document.xml", "xl/workbook.xml");
        assertThatThrownBy(() -> DocumentReaders.read(renamed, "plan.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("Excel");
    }

    private static byte[] replaceDocumentXml(byte[] docx) {
        return BadInputFixtures.replaceEntry(docx, "word/document.xml", "<w:document><w:body><w:p>unclosed");
    }

    private static List<Path> ofdTempFolders() throws Exception {
        try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> folders =
                    new ArrayList<>(paths.filter(p -> p.getFileName().toString().startsWith("greenplan-ofd-"))
                            .toList());
            Collections.sort(folders);
            return folders;
        }
    }
}
