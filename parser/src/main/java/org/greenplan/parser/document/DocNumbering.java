package org.greenplan.parser.document;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Renders Word 97 automatic list numbers (.doc) that are not part of the paragraph text: one counter
 * per list and level, in document order; a level restarts when a higher level advances. In a level's
 * number text, the characters U+0000–U+0008 stand for the counters of levels 1–9.
 */
final class DocNumbering {

    private static final int LEVELS = 9;

    private final Map<Integer, Integer[]> counters = new HashMap<>();

    /** @return {@code text} prefixed by the paragraph's list number, unless it already starts with it */
    String text(Paragraph paragraph, String text) {
        String label = paragraph.isInList() ? label(paragraph) : "";
        return label.isBlank() || text.strip().startsWith(label.strip()) ? text : label + text;
    }

    private String label(Paragraph paragraph) {
        int level = paragraph.getIlvl();
        if (level < 0 || level >= LEVELS) {
            return "";
        }
        try {
            HWPFList list = paragraph.getList();
            Integer[] counts = counters.computeIfAbsent(list.getLsid(), id -> new Integer[LEVELS]);
            counts[level] = counts[level] == null ? list.getStartAt((char) level) : counts[level] + 1;
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                counts[deeper] = null;
            }
            return render(list, level, counts);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String render(HWPFList list, int level, Integer[] counts) {
        if (NumberFormats.legacyName(list.getNumberFormat((char) level)).equals("bullet")) {
            return "";
        }
        String template = list.getNumberText((char) level);
        StringBuilder label = new StringBuilder();
        for (char c : (template == null ? "" : template).toCharArray()) {
            if (c < LEVELS) {
                int value = counts[c] == null ? list.getStartAt(c) : counts[c];
                label.append(NumberFormats.format(value, NumberFormats.legacyName(list.getNumberFormat(c))));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }
}
