package org.greenplan.parser.plan;

import java.util.regex.Pattern;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Unnumbered lines of the body that are no task and no part of one, but tell the tree builder where
 * it is (corpus README, 006 and 007):
 * <ul>
 *   <li>a 专栏 box ({@code 专栏1  工业互联网网络互联互通工程}) opens a project list printed between tasks:
 *       it and its paragraphs up to the next numbered line (or the next paragraph with a unit clause)
 *       are neither tasks nor part of one;</li>
 *   <li>an annex line ({@code 附件}, {@code 附件2：}) opens an annex: what follows may hold tasks (006's
 *       考评指标) or not (007's member list of the working group, which is then not reported);</li>
 *   <li>a document boundary — an annex line or the title of a second document printed in the same
 *       file ({@code 安徽省工业互联网创新发展行动计划（2021-2023年）}, 007) — lets the numbering start
 *       again at 一、 without a numbering gap.</li>
 * </ul>
 */
final class BodyLandmarks {

    private static final Pattern BOX = Pattern.compile("^专栏\\s*[0-9０-９一二三四五六七八九十]+");
    private static final ReusedMatcher ANNEX = ReusedMatcher.compile("^附件\\s*[0-9０-９]*\\s*(?:[：:].*)?$");

    private BodyLandmarks() {}

    /** @return true for the first line of a 专栏 box */
    static boolean opensBox(String content) {
        return BOX.matcher(content).lookingAt(); // BOX starts with ^
    }

    /** @return true for an annex line: 附件, 附件：, 附件2 (alone, or followed by the annex title) */
    static boolean opensAnnex(String content) {
        return ANNEX.on(content).matches() && !HeaderLines.isSentence(content.replaceFirst("[：:]$", ""));
    }

    /** @return true for a line after which a new document may start its numbering again */
    static boolean isBoundary(String content) {
        return opensAnnex(content) || HeaderLines.isTitle(content);
    }
}
