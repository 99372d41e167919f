package org.greenplan.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the shipped briefing template {@code src/main/resources/briefing/default-template.docx} with
 * POI, laid out per GB/T 9704-2012 《党政机关公文格式》: A4; 天头 37 mm, 订口 28 mm, text block 156 × 225 mm
 * (so right 26 mm, bottom 35 mm); 22 lines a page (line pitch 28.95 pt); the issuing office (红头) in red
 * 小标宋; the 文号 centred in 3号 仿宋 above a red rule as wide as the text block; the title in 2号 小标宋;
 * body in 3号 (16 pt) 仿宋_GB2312 with 一、 headings in 黑体 and （一） headings in 楷体_GB2312; page numbers in
 * 4号 (14 pt) 宋体 as {@code — 1 —}, right on odd and left on even pages, one character in from the edge.
 *
 * <p>Run {@code main} (test classpath) once after changing the layout and commit the file;
 * {@code DefaultTemplateTests} fails while the committed file differs from what this writes.
 */
public final class DefaultTemplateWriter {
    static final Path TARGET = Path.of("src/main/resources/briefing/default-template.docx");

    static final String FANGSONG = "仿宋_GB2312";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONGTI = "宋体";
    static final String RED = "FF0000";
    /** 3号 = 16 pt, in half points. */
    static final int SIZE_3 = 32;
    /** 2号 = 22 pt. */
    static final int SIZE_2 = 44;
    /** 4号 = 14 pt. */
    static final int SIZE_4 = 28;
    /** 小四 = 12 pt, for tables. */
    static final int SIZE_SMALL_4 = 24;
    /** 28.95 pt in twentieths: 22 lines in the 225 mm text block. */
    static final int LINE_PITCH = 579;

    private final Properties messages;

    private DefaultTemplateWriter(Properties messages) {
        this.messages = messages;
    }

    public static void main(String[] args) throws IOException {
        Files.write(TARGET, write());
        System.out.println(TARGET.toAbsolutePath());
    }

    /** @return the template's bytes */
    static byte[] write() {
        try (XWPFDocument doc = new XWPFDocument()) {
            new DefaultTemplateWriter(bundle()).build(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build(XWPFDocument doc) {
        page(doc);
        XWPFParagraph header = paragraph(doc, ParagraphAlignment.CENTER, false);
        run(header, "{{header}}", XIAOBIAOSONG, 52, RED, false);
        spacing(header, 0, 0, 0);
        paragraph(doc, ParagraphAlignment.CENTER, false);
        XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER, false);
        run(number, "{{number}}", FANGSONG, SIZE_3, null, false);
        redRule(doc);
        paragraph(doc, ParagraphAlignment.CENTER, false);
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, false);
        run(title, "{{title}}", XIAOBIAOSONG, SIZE_2, null, false);
        spacing(title, 0, 0, 700);
        paragraph(doc, ParagraphAlignment.CENTER, false);
        body(doc, "{{addressees}}", false);
        body(doc, "{{intro}}", true);
        heading(doc, "{{headingOverall}}", HEITI);
        body(doc, "{{overall}}", true);
        body(doc, "{{reports}}", true);
        heading(doc, "{{headingIndicators}}", KAITI);
        body(doc, "{{indicatorsLead}}", true);
        table(
                doc,
                "indicators",
                List.of("no", "task", "indicator", "target", "actual", "expected", "light"),
                new int[] {600, 700, 2045, 1500, 1300, 1300, 1400});
        heading(doc, "{{headingGood}}", HEITI);
        body(doc, "{{goodLead}}", true);
        table(doc, "good", List.of("no", "task", "text", "units", "kind", "progress"), new int[] {
            600, 700, 2645, 1500, 900, 2500
        });
        heading(doc, "{{headingLagging}}", HEITI);
        heading(doc, "{{headingLaggingTasks}}", KAITI);
        body(doc, "{{laggingTasksLead}}", true);
        table(doc, "laggingTasks", List.of("no", "task", "text", "lead", "status", "reason"), new int[] {
            600, 700, 2645, 1500, 800, 2600
        });
        heading(doc, "{{headingLaggingUnits}}", KAITI);
        body(doc, "{{laggingUnitsLead}}", true);
        table(doc, "laggingUnits", List.of("no", "unit", "red", "stagnant", "late", "missing"), new int[] {
            600, 3245, 1250, 1250, 1250, 1250
        });
        heading(doc, "{{headingNextSteps}}", HEITI);
        body(doc, "{{?nextSteps}}", true);
        body(doc, "{{text}}", true);
        body(doc, "{{/nextSteps}}", true);
        paragraph(doc, ParagraphAlignment.RIGHT, false);
        signature(doc, "{{issuer}}");
        signature(doc, "{{date}}");
        footers(doc);
    }

    /** A4, GB/T 9704 margins, 22 lines a page. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(mm(37)));
        margin.setBottom(BigInteger.valueOf(mm(35)));
        margin.setLeft(BigInteger.valueOf(mm(28)));
        margin.setRight(BigInteger.valueOf(mm(26)));
        margin.setHeader(BigInteger.valueOf(mm(15)));
        margin.setFooter(BigInteger.valueOf(mm(23)));
        margin.setGutter(BigInteger.ZERO);
        var grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** @return millimetres in twentieths of a point, rounded */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 1440);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        exactLines(p);
        if (indent) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(2 * 320));
        }
        return p;
    }

    private static void body(XWPFDocument doc, String text, boolean indent) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, indent);
        run(p, text, FANGSONG, SIZE_3, null, false);
    }

    private static void heading(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true);
        p.setKeepNext(true);
        run(p, text, font, SIZE_3, null, false);
    }

    private static void signature(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, false);
        p.setIndentationRight(4 * 320);
        run(p, text, FANGSONG, SIZE_3, null, false);
    }

    /** The red rule under the 文号: a bottom border as wide as the text block. */
    private static void redRule(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, false);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTBorder bottom = ppr.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(12));
        bottom.setSpace(BigInteger.ONE);
        bottom.setColor(RED);
        spacing(p, 0, 0, 240);
    }

    private void table(XWPFDocument doc, String tag, List<String> fields, int[] widths) {
        XWPFTable table = doc.createTable(2, fields.size());
        table.setWidth("100%");
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
        table.setCellMargins(0, 80, 0, 80);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        XWPFTableRow row = table.getRow(1);
        for (int i = 0; i < fields.size(); i++) {
            String label = messages.getProperty("briefing.doc.col." + fields.get(i));
            if (label == null) {
                throw new IllegalStateException("no column label for " + fields.get(i));
            }
            head.getCell(i).setWidth(String.valueOf(widths[i]));
            cell(head.getCell(i).getParagraphs().get(0), (i == 0 ? "{{" + tag + "}}" : "") + label, HEITI);
            row.getCell(i).setWidth(String.valueOf(widths[i]));
            cell(row.getCell(i).getParagraphs().get(0), "[" + fields.get(i) + "]", FANGSONG);
        }
    }

    private static void cell(XWPFParagraph p, String text, String font) {
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0, 0);
        run(p, text, font, SIZE_SMALL_4, null, false);
    }

    /** Odd pages: 「— 1 —」 right, one character in; even pages: left. 4号 宋体. */
    private static void footers(XWPFDocument doc) {
        doc.getSettings().setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", SONGTI, SIZE_4, null, false);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var number = field.addNewR();
        fonts(number.addNewRPr(), SONGTI);
        number.getRPr().addNewSz().setVal(BigInteger.valueOf(SIZE_4));
        number.addNewT().setStringValue("1");
        run(p, " —", SONGTI, SIZE_4, null, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int halfPoints, String color, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        fonts(
                run.getCTR().getRPr() == null
                        ? run.getCTR().addNewRPr()
                        : run.getCTR().getRPr(),
                font);
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
    }

    private static void fonts(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr rpr, String font) {
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
    }

    /** Exactly 28.95 pt per line, as the 22-line grid asks. */
    private static void exactLines(XWPFParagraph p) {
        spacing(p, 0, 0, LINE_PITCH);
    }

    private static void spacing(XWPFParagraph p, int before, int after, int line) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        } else {
            spacing.setLineRule(STLineSpacingRule.AUTO);
            spacing.setLine(BigInteger.valueOf(240));
        }
    }

    private static Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = DefaultTemplateWriter.class.getResourceAsStream("/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
