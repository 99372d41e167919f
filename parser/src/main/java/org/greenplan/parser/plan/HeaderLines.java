package org.greenplan.parser.plan;

import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Recognises the lines of a notice header (文号, 主送, title, notice text) one at a time;
 * {@link HeaderReader} decides from their order what they mean.
 */
final class HeaderLines {

    private static final ReusedMatcher DOCUMENT_NUMBER = ReusedMatcher.compile(
            "^[（(]?\\s*([\\p{IsHan}]{1,20}[〔［\\[【]\\s*\\d{4}\\s*[〕］\\]】]\\s*第?\\d{1,4}号)\\s*[）)]?$");
    private static final ReusedMatcher TITLE_KIND =
            ReusedMatcher.compile("(?:要点|方案|计划|意见|办法|措施|政策|细则|规划|规定|纲要|清单|安排|分工|决定|条例)$");
    private static final ReusedMatcher NOTICE_TITLE = ReusedMatcher.compile("^(.{2,60}?)关于(?:印发|转发|下达).*的通知$");
    private static final ReusedMatcher QUOTED_TITLE = ReusedMatcher.compile("《([^《》]{4,80})》");
    private static final ReusedMatcher NOT_ADDRESSEES =
            ReusedMatcher.compile("https?:|^(?:原文链接|抄送|附件|主题词|关键词|来源|发布日期|索引号)");
    private static final ReusedMatcher SENTENCE_PUNCTUATION = ReusedMatcher.compile("[。；;！!？?]");
    private static final ReusedMatcher TRAILING_BRACKET = ReusedMatcher.compile("[（(][^（()）]*[）)]$");
    private static final ReusedMatcher PUBLICATION_NOTE =
            ReusedMatcher.compile("^[（(]此件.{0,10}[）)]$|^抄送[：:]|^[（(]?(?:联系人|联系电话|联系方式)\\s*[：:]|^[^。，,；;：:]{2,60}印发$");

    /** The place a body's name starts with: 宿州 of 宿州市生态环境局, 安徽 of 安徽省财政厅. */
    private static final ReusedMatcher PLACE = ReusedMatcher.compile("^[\\p{IsHan}]{1,6}?(?:省|市(?!场)|县|区|州|旗)");

    private HeaderLines() {}

    /**
     * Two names of bodies glued together with nothing between, as a one-line web copy prints an issuer line and the
     * (代) line below it: 宿州市实施绿色发展行动专项小组办公室宿州市生态环境局. The second is taken to start where the
     * first one's place starts again and both halves read as names of bodies.
     *
     * @return the offset where the second name starts, or -1 when {@code names} reads as one name
     */
    static int secondNameStart(String names) {
        Matcher place = PLACE.on(names);
        if (!place.lookingAt()) {
            return -1;
        }
        String prefix = place.group();
        for (int at = names.indexOf(prefix, place.end()); at > 0; at = names.indexOf(prefix, at + 1)) {
            if (UnitNameHeuristics.looksLikeUnit(names.substring(0, at))
                    && UnitNameHeuristics.looksLikeUnit(names.substring(at))) {
                return at;
            }
        }
        return -1;
    }

    /** @return the 文号 (岚综管综〔2016〕62号) when the line is nothing but one, else null */
    static String documentNumber(String content) {
        Matcher m = DOCUMENT_NUMBER.on(content);
        return m.matches() ? m.group(1).replaceAll("\\s", "") : null;
    }

    /** @return true for the 主送 line: ends with a colon, holds no sentence, is no labelled field */
    static boolean isAddressees(String content) {
        return (content.endsWith("：") || content.endsWith(":"))
                && content.length() > 1
                && content.length() <= 200
                && !SENTENCE_PUNCTUATION.on(content).find()
                && !NOT_ADDRESSEES.on(content).find();
    }

    /** Splits 主送 at top-level ，/,/； — 各县、区实施…办公室 stays one addressee. */
    static List<String> addressees(String content) {
        String list = content.substring(0, content.length() - 1).replaceFirst("^主送[：:]", "");
        return Brackets.splitTopLevel(list, "，,；;").stream()
                .map(UnitNameHeuristics::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** @return true for a line of running text (notice body, preamble) rather than a field */
    static boolean isSentence(String content) {
        return content.endsWith("：")
                || content.endsWith(":")
                || SENTENCE_PUNCTUATION.on(content).find();
    }

    /** @return true for a title: ends with the kind of document (要点, 方案, 意见 …) and is no sentence */
    static boolean isTitle(String content) {
        String bare = TRAILING_BRACKET.on(content).replaceFirst("");
        return content.length() <= 100
                && !isSentence(content)
                && TITLE_KIND.on(bare).find()
                && !content.endsWith("通知");
    }

    /** @return true for the first half of a title broken over two lines (国务院关于促进综合保税区) */
    static boolean isTitleStart(String content) {
        return content.contains("关于") && content.length() <= 60 && !isSentence(content) && !isTitle(content);
    }

    /** @return true for the title of a covering notice: …关于印发…的通知 */
    static boolean isNoticeTitle(String content) {
        return NOTICE_TITLE.on(content).matches();
    }

    /** @return the issuing body named by a notice title (包头市人民政府办公室关于印发…), else null */
    static String issuerOfNotice(String content) {
        Matcher m = NOTICE_TITLE.on(content);
        return m.matches() ? m.group(1) : null;
    }

    /** @return the first 《…》 title in the line, else null */
    static String quotedTitle(String content) {
        Matcher m = QUOTED_TITLE.on(content);
        return m.find() ? m.group(1) : null;
    }

    /**
     * @return true for lines that belong to the document's frame, not to the plan: 抄送, （此件公开发布）,
     *         an annex line (附件, 附件2：, 附件：宿州市…分解表, 附件：1.…), 联系人 / 联系电话, …印发
     */
    static boolean isFrameNote(String content) {
        return PUBLICATION_NOTE.on(content).find() || BodyLandmarks.opensAnnex(content);
    }

    /** @return true for a possible issuer line: short, no punctuation, not a title */
    static boolean isIssuerLike(String content) {
        return content.length() <= 50
                && !isSentence(content)
                && !isTitle(content)
                && !content.contains("，")
                && !content.contains(",");
    }
}
