package org.greenplan.parser.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Finds which list ({@code numId}) and level a Word paragraph belongs to: its own {@code w:numPr}, or
 * the one of its paragraph style (following {@code basedOn}, a few steps deep).
 */
final class WordListReference {

    /** A list membership; level is 0-based. */
    record Ref(BigInteger numId, int level) {}

    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFStyles styles;

    WordListReference(XWPFStyles styles) {
        this.styles = styles;
    }

    /** @return the list reference, or null when the paragraph is not numbered */
    Ref of(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        BigInteger level = paragraph.getNumIlvl();
        if (numId == null) {
            CTNumPr fromStyle = styleNumbering(paragraph.getStyleID());
            if (fromStyle != null && fromStyle.getNumId() != null) {
                numId = fromStyle.getNumId().getVal();
                level = level != null || fromStyle.getIlvl() == null
                        ? level
                        : fromStyle.getIlvl().getVal();
            }
        }
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        int ilvl = level == null ? 0 : level.intValue();
        return ilvl >= 0 && ilvl < 9 ? new Ref(numId, ilvl) : null;
    }

    private CTNumPr styleNumbering(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().getPPr() != null
                    && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            id = style.getBasisStyleID();
        }
        return null;
    }
}
