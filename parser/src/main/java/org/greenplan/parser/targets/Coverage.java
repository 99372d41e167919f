package org.greenplan.parser.targets;

import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Decides whether 全覆盖 (full coverage) is a target. It is where the sentence says it will be reached
 * (实现政府部门全覆盖, 达到全覆盖). It is not:
 * <ul>
 *   <li>where the verb that governs it is one of effort — 推动, 推进, 加快, 促进 (推动市、旗（县、区）业务全覆盖,
 *       加快5G网络全覆盖): an aim to work towards, with nothing to check at the end (corpus 006, 012);</li>
 *   <li>in a list of features such as 全覆盖、全记录、可共享 (实现监管事项全覆盖、监管过程全记录): a description of what a
 *       system does (corpus 009).</li>
 * </ul>
 */
final class Coverage {
    private static final String SENTENCE_BREAKS = "，。；：！？,;:!?\n\r";
    private static final ReusedMatcher GOVERNING = ReusedMatcher.compile("推动|推进|加快|促进|实现|达到|达|确保");
    private static final ReusedMatcher AIM = ReusedMatcher.compile("推动|推进|加快|促进");
    private static final ReusedMatcher FEATURE =
            ReusedMatcher.compile("^、[^，。；、]{0,8}(?:全|零|可)[^，。；、]{1,3}(?=[，。；、,;]|$)");

    private Coverage() {}

    /** @return true when 全覆盖 at [start, end) is a target */
    static boolean isTarget(String text, int start, int end) {
        return !governedByAim(text, start) && !FEATURE.on(text.substring(end)).find();
    }

    private static boolean governedByAim(String text, int start) {
        int from = start;
        while (from > 0 && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher verb = GOVERNING.on(text.substring(from, start));
        String last = null;
        while (verb.find()) {
            last = verb.group();
        }
        return last != null && AIM.on(last).matches();
    }
}
