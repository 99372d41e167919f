package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The width rule's shortcuts (ASCII narrow, CJK Unified Ideographs wide) agree with the script rule everywhere. */
class RowHeightsWidthTests {

    @Test
    void everyCodePointIsAsWideAsItsScriptSays() {
        List<Integer> disagreeing = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            int expected = byScript(cp) ? RowHeights.WIDE_TENTHS : 10;
            if (RowHeights.displayWidth(Character.toString(cp)) != expected) {
                disagreeing.add(cp);
            }
        }
        assertThat(disagreeing).isEmpty();
        assertThat(RowHeights.displayWidth("推进A1，（一）")).isEqualTo(22 + 22 + 10 + 10 + 22 + 22 + 22 + 22);
    }

    private static boolean byScript(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
