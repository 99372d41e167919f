package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the furniture a government web page puts around a document, by its general shape, not
 * by site: the breadcrumb ({@code 当前位置：首页 > 政务公开 > …}), the open-government metadata block
 * ({@code 索 引 号：… 发文机关：… 有 效 性：有效}, labels often letter-spaced), share buttons
 * ({@code 微信 微博 QQ空间}, {@code 分享到}), download, print and close links ({@code 附件下载},
 * {@code 【打印本页】【关闭窗口】}), font-size switches, visit counters, a {@code 来源：…} credit line,
 * and crawler rules such as {@code ===== 正文 =====}.
 */
final class WebFurniture {

    /** One piece of furniture found in a paragraph. */
    record Piece(int start, int end, String kind) {}

    private static final String LABEL_END = "\\s*[:：]";
    /** A crumb: a short name not running into a colon or comma (市相关单位, and 索 引 号： are text). */
    private static final String CRUMB = "[\\p{IsHan}A-Za-z0-9]{2,12}(?![\\p{IsHan}]*\\s*[:：,，、])";
    /**
     * Crumbs after 首页 joined by separators (首页 > 信息公开 > 通知公告), or, on a page that prints none, by spaces: where
     * the separators stop, navigation stops, and a body copied right after it (通知公告 市相关单位,…) is kept.
     */
    private static final Pattern BREADCRUMB = Pattern.compile("(?:当前位置|您的位置|你的位置|您当前的位置|所在位置|当前页面)\\s*[:：]"
            + "\\s*(?:网站首页|首页|主页)(?:(?:\\s*[>»›＞/→]+\\s*" + CRUMB + ")+|(?:\\s+" + CRUMB + ")*)"
            + "(?:\\s*[>»›＞/→])?");

    private static final Pattern METADATA_FIELD = Pattern.compile("(?:"
            + String.join(
                    "|",
                    spaced("索引号"),
                    spaced("有效性"),
                    spaced("发文机关"),
                    spaced("发布机构"),
                    spaced("发文单位"),
                    spaced("主题分类"),
                    spaced("组配分类"),
                    spaced("体裁分类"),
                    spaced("成文日期"),
                    spaced("发文日期"),
                    spaced("发布日期"),
                    spaced("生效日期"),
                    spaced("废止日期"),
                    spaced("主题词"),
                    spaced("发文字号"),
                    spaced("文号"),
                    spaced("标题"),
                    spaced("名称"))
            + ")" + LABEL_END + "[ \\t\\u3000]*[^\\s:：]{0,40}");
    private static final Pattern ALWAYS_METADATA =
            Pattern.compile("\\s*(?:索\\s*引\\s*号|有\\s*效\\s*性|\\S(?:\\s+\\S){2,})\\s*[:：].*");
    private static final Pattern BUTTONS =
            Pattern.compile("(?:分享到\\s*[:：]?\\s*)?(?:微信|微博|QQ空间|QQ好友|朋友圈)(?:\\s*(?:微信|微博|QQ空间|QQ好友|朋友圈))+"
                    + "|分享到\\s*[:：]"
                    + "|【?\\s*(?:打印本页|打印此页|打印)\\s*】?\\s*【?\\s*(?:关闭窗口|关闭本页|关闭)\\s*】?"
                    + "|【\\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|保存)\\s*】"
                    + "|附件下载\\s*[:：]?"
                    + "|扫一扫在手机(?:上)?打开当前页"
                    + "|【?\\s*字[体号]\\s*[:：]?\\s*大\\s*中\\s*小\\s*】?"
                    + "|(?:浏览|访问|阅读)(?:次数|量)\\s*[:：]\\s*\\d+");
    private static final Pattern SOURCE_CREDIT =
            Pattern.compile("(?<=^|\\s)(?:来源|信息来源|稿件来源)\\s*[:：]\\s*[\\p{IsHan}A-Za-z]{2,30}(?=\\s|$)");
    private static final Pattern RULE = Pattern.compile(
            "\\s*[=\\-—_*#~]{3,}\\s*[\\p{IsHan}A-Za-z]{0,6}\\s*[=\\-—_*#~]{3,}\\s*" + "|\\s*[=\\-—_*#~]{5,}\\s*");

    private WebFurniture() {}

    /** @return the furniture found in {@code text}, in order, not overlapping */
    static List<Piece> find(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (RULE.matcher(text).matches()) {
            pieces.add(new Piece(0, text.length(), "分隔线"));
            return pieces;
        }
        add(pieces, BREADCRUMB.matcher(text), "网页导航");
        addMetadata(pieces, text);
        add(pieces, BUTTONS.matcher(text), "分享、下载或打印按钮");
        add(pieces, SOURCE_CREDIT.matcher(text), "来源标注");
        pieces.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return pieces;
    }

    /**
     * A metadata block is a run of two or more labelled fields, or a single field whose label cannot be
     * plan text (索引号, 有效性, or a letter-spaced label).
     */
    private static void addMetadata(List<Piece> pieces, String text) {
        Matcher field = METADATA_FIELD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        int fields = 0;
        while (field.find()) {
            if (runStart >= 0 && text.substring(runEnd, field.start()).isBlank()) {
                runEnd = field.end();
                fields++;
                continue;
            }
            closeRun(pieces, text, runStart, runEnd, fields);
            runStart = field.start();
            runEnd = field.end();
            fields = 1;
        }
        closeRun(pieces, text, runStart, runEnd, fields);
    }

    private static void closeRun(List<Piece> pieces, String text, int start, int end, int fields) {
        if (start < 0) {
            return;
        }
        boolean boundary = start == 0 || Character.isWhitespace(text.charAt(start - 1));
        if (boundary
                && (fields >= 2
                        || ALWAYS_METADATA.matcher(text.substring(start, end)).matches())) {
            addIfFree(pieces, new Piece(start, end, "信息公开元数据"));
        }
    }

    private static void add(List<Piece> pieces, Matcher matcher, String kind) {
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                addIfFree(pieces, new Piece(matcher.start(), matcher.end(), kind));
            }
        }
    }

    private static void addIfFree(List<Piece> pieces, Piece piece) {
        boolean overlaps = pieces.stream().anyMatch(p -> p.start() < piece.end() && piece.start() < p.end());
        if (!overlaps) {
            pieces.add(piece);
        }
    }

    /** {@code 索引号} → a pattern that also accepts {@code 索 引 号}. */
    private static String spaced(String label) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            if (i > 0) {
                pattern.append("[ \\t\\u3000]*");
            }
            pattern.append(label.charAt(i));
        }
        return pattern.toString();
    }
}
