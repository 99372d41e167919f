package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDF prints Chinese with real glyphs (no tofu): PDFBox finds every glyph in the embedded Noto Sans SC
 * subset (none is .notdef), and the page rendered to an image by poppler's pdftoppm shows each character
 * of the red header as ink that differs from every other character's.
 */
@IntegrationTest
class BriefingPdfIntegrationTests {
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    private static final String HEADER = "宿州市绿色发展行动专项小组办公室";
    private static final int DPI = 144;

    @Autowired
    BriefingPdf pdf;

    @Test
    void everyGlyphIsInTheEmbeddedNotoFontAndNoneIsNotdef() throws IOException {
        byte[] bytes = pdf.render(BriefingWordTests.model(2, List.of("各责任单位要加快推进滞后任务。")));
        Glyphs glyphs = new Glyphs();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            glyphs.getText(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }

        assertThat(glyphs.count).isGreaterThan(300);
        assertThat(glyphs.notdef).as("glyphs drawn as .notdef (tofu)").isEmpty();
        assertThat(glyphs.fonts).allSatisfy(name -> assertThat(name).contains("NotoSansSC"));
        assertThat(glyphs.unembedded).isEmpty();
        assertThat(glyphs.text.toString().replaceAll("\\s", ""))
                .contains(HEADER, "关于2022-06落实情况的通报", "秸秆综合利用率", "各责任单位要加快推进滞后任务。", "—1—");
    }

    @Test
    void pdftoppmShowsEachChineseCharacterOfTheHeaderAsItsOwnGlyph(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PDFTOPPM), "pdftoppm (poppler-utils) is not installed; .ci/run installs it");
        byte[] bytes = pdf.render(BriefingWordTests.model(0, List.of("下一步")));
        Path file = dir.resolve("briefing.pdf");
        Files.write(file, bytes);
        Glyphs glyphs = new Glyphs();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            glyphs.setStartPage(1);
            glyphs.setEndPage(1);
            glyphs.getText(doc);
        }
        BufferedImage page = render(file, dir.resolve("page"));

        List<TextPosition> header = glyphs.positions.subList(0, HEADER.length());
        assertThat(header).extracting(TextPosition::getUnicode).containsExactly(HEADER.split(""));
        List<boolean[]> masks = new ArrayList<>();
        for (TextPosition p : header) {
            boolean[] mask = mask(page, p);
            assertThat(ink(mask)).as("ink of %s", p.getUnicode()).isBetween(0.03, 0.8);
            masks.add(mask);
        }
        for (int i = 0; i < masks.size(); i++) {
            for (int j = i + 1; j < masks.size(); j++) {
                assertThat(difference(masks.get(i), masks.get(j)))
                        .as(
                                "%s and %s look alike",
                                header.get(i).getUnicode(), header.get(j).getUnicode())
                        .isGreaterThan(0.05);
            }
        }
    }

    private static BufferedImage render(Path pdf, Path prefix) throws Exception {
        Process p = new ProcessBuilder(
                        PDFTOPPM.toString(),
                        "-r",
                        String.valueOf(DPI),
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-png",
                        "-singlefile",
                        pdf.toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return ImageIO.read(Path.of(prefix + ".png").toFile());
    }

    /** The character's em box (font size square from the baseline up), as dark (true) or light pixels. */
    private static boolean[] mask(BufferedImage page, TextPosition p) {
        double scale = DPI / 72.0;
        int size = (int) Math.round(p.getFontSizeInPt() * scale);
        int x0 = (int) Math.round(p.getXDirAdj() * scale);
        int y0 = (int) Math.round((p.getYDirAdj() - p.getFontSizeInPt() * 0.88) * scale);
        boolean[] mask = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = page.getRGB(Math.min(page.getWidth() - 1, x0 + x), Math.min(page.getHeight() - 1, y0 + y));
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                mask[y * size + x] = 0.299 * r + 0.587 * g + 0.114 * b < 160;
            }
        }
        return mask;
    }

    private static double ink(boolean[] mask) {
        int dark = 0;
        for (boolean m : mask) {
            dark += m ? 1 : 0;
        }
        return dark / (double) mask.length;
    }

    private static double difference(boolean[] a, boolean[] b) {
        int n = Math.min(a.length, b.length);
        int differ = 0;
        for (int i = 0; i < n; i++) {
            differ += a[i] != b[i] ? 1 : 0;
        }
        return differ / (double) n;
    }

    /** Collects each glyph shown: its font, whether it is .notdef, and the text positions. */
    private static final class Glyphs extends PDFTextStripper {
        final Set<String> fonts = new HashSet<>();
        final Set<String> unembedded = new HashSet<>();
        final List<String> notdef = new ArrayList<>();
        final List<TextPosition> positions = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int count;

        Glyphs() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            count++;
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
            if (font instanceof PDType0Font type0 && type0.codeToGID(code) == 0) {
                notdef.add(font.getName() + " code " + code);
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            text.append(string);
            super.writeString(string, textPositions);
        }
    }
}
