package org.greenplan.parser.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Renders Word's automatic list numbers ("1.", "一、", "（一）") that are not part of the paragraph text.
 * Keeps one counter per list ({@code numId}) and level, in body order; a level restarts when a higher
 * level advances. Must see the paragraphs in document order.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFNumbering numbering;
    private final WordListReference references;
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.references = new WordListReference(document.getStyles());
    }

    /** @return the paragraph's text, prefixed by its list number unless the text already starts with it */
    String text(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        String label = label(paragraph);
        return label.isBlank() || text.strip().startsWith(label.strip()) ? text : label + text;
    }

    private String label(XWPFParagraph paragraph) {
        WordListReference.Ref ref = references.of(paragraph);
        if (ref == null || numbering == null) {
            return "";
        }
        XWPFNum num = numbering.getNum(ref.numId());
        CTAbstractNum list = abstractNum(num);
        if (list == null || level(list, ref.level()) == null) {
            return "";
        }
        Integer[] counts = advance(num, list, ref);
        return render(list, ref.level(), counts);
    }

    private CTAbstractNum abstractNum(XWPFNum num) {
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum list =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        return list == null ? null : list.getCTAbstractNum();
    }

    private Integer[] advance(XWPFNum num, CTAbstractNum list, WordListReference.Ref ref) {
        Integer[] counts = counters.computeIfAbsent(ref.numId(), id -> new Integer[LEVELS]);
        int level = ref.level();
        counts[level] = counts[level] == null ? start(num, list, level) : counts[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = null;
        }
        return counts;
    }

    private String render(CTAbstractNum list, int level, Integer[] counts) {
        CTLvl lvl = level(list, level);
        String format =
                lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if (format.equals("bullet")
                || lvl.getLvlText() == null
                || lvl.getLvlText().getVal() == null) {
            return "";
        }
        Matcher placeholder = PLACEHOLDER.matcher(lvl.getLvlText().getVal());
        StringBuilder label = new StringBuilder();
        while (placeholder.find()) {
            int referenced = Integer.parseInt(placeholder.group(1)) - 1;
            placeholder.appendReplacement(label, Matcher.quoteReplacement(counter(list, referenced, counts)));
        }
        placeholder.appendTail(label);
        return label.toString();
    }

    private String counter(CTAbstractNum list, int level, Integer[] counts) {
        CTLvl lvl = level(list, level);
        if (lvl == null) {
            return "";
        }
        int value = counts[level] == null ? startOf(lvl) : counts[level];
        return NumberFormats.format(
                value,
                lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString());
    }

    private int start(XWPFNum num, CTAbstractNum list, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return startOf(level(list, level));
    }

    private static int startOf(CTLvl lvl) {
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static CTLvl level(CTAbstractNum list, int level) {
        for (CTLvl lvl : list.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }
}
