package org.greenplan.parser.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds .docx files in memory with POI, the way offices write plans. */
final class DocxFixtures {

    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.(.*)");
    private static final Pattern CHINESE = Pattern.compile("[一二三四五六七八九十]+、(.*)");
    private static final Pattern BRACKETED = Pattern.compile("\\([一二三四五六七八九十]+\\)(.*)");

    private DocxFixtures() {}

    /** One paragraph per line, numbers typed. */
    static byte[] paragraphs(List<String> lines) {
        XWPFDocument document = new XWPFDocument();
        lines.forEach(line -> document.createParagraph().createRun().setText(line));
        return bytes(document);
    }

    /**
     * One paragraph per line, but "一、", "(一)" and "1." come from Word's automatic numbering (three
     * lists, numbered continuously through the document as the reference is) instead of the text.
     */
    static byte[] autoNumbered(List<String> lines) {
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        BigInteger chinese = list(numbering, 1, STNumberFormat.CHINESE_COUNTING, "%1、");
        BigInteger bracketed = list(numbering, 2, STNumberFormat.CHINESE_COUNTING, "(%1)");
        BigInteger decimal = list(numbering, 3, STNumberFormat.DECIMAL, "%1.");
        for (String line : lines) {
            XWPFParagraph paragraph = document.createParagraph();
            Matcher task = DECIMAL.matcher(line);
            Matcher part = CHINESE.matcher(line);
            Matcher section = BRACKETED.matcher(line);
            String text = line;
            if (task.matches()) {
                text = numbered(paragraph, decimal, task.group(1));
            } else if (part.matches()) {
                text = numbered(paragraph, chinese, part.group(1));
            } else if (section.matches()) {
                text = numbered(paragraph, bracketed, section.group(1));
            }
            paragraph.createRun().setText(text);
        }
        return bytes(document);
    }

    /** Headings as paragraphs; each run of tasks as a table 序号 | 工作任务 | 责任单位. */
    static byte[] taskTables(List<String> lines) {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = null;
        for (String line : lines) {
            if (!ReferenceText.isTask(line)) {
                document.createParagraph().createRun().setText(line);
                table = null;
                continue;
            }
            if (table == null) {
                table = document.createTable(1, 3);
                fill(table.getRow(0), "序号", "工作任务", "责任单位");
            }
            fill(table.createRow(), ReferenceText.taskParts(line));
        }
        return bytes(document);
    }

    static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).getParagraphs().get(0).createRun().setText(texts[i]);
        }
    }

    static byte[] bytes(XWPFDocument document) {
        try (document;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a one-level "%1." decimal list to {@code document}. */
    static BigInteger decimalList(XWPFDocument document) {
        return list(document.createNumbering(), 9, STNumberFormat.DECIMAL, "%1.");
    }

    private static String numbered(XWPFParagraph paragraph, BigInteger numId, String text) {
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.ZERO);
        return text;
    }

    private static BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
