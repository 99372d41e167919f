package org.greenplan.parser.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plan as copied from a government web page or a crawler: the whole body on one line, with the page's
 * breadcrumb, metadata block, share buttons and print links around it (invented, in the general shapes
 * such pages have).
 */
final class WebCopyFixtures {

    static final String PAGE_HEAD = "当前位置：首页 > 政务公开 > 政策文件 索 引 号：11341300MB1234567X/2022-00123 "
            + "发文机关：市绿色发展办 成文日期：2022-03-18 有 效 性：有效 【字体：大 中 小】 分享到： 微信 微博 QQ空间";
    static final String PAGE_FOOT = "附件下载 【打印本页】 【关闭窗口】 扫一扫在手机打开当前页 浏览次数：1024";
    /** A page head of a breadcrumb only: the document's first words (the addressees) follow it at once. */
    static final String BREADCRUMB_HEAD = "当前位置：首页 > 信息公开 > 通知公告";

    private WebCopyFixtures() {}

    /**
     * @param separator what the copy left between paragraphs ({@code " "} or nothing)
     * @return UTF-8 text: the page head, the lines joined by {@code separator}, the page foot, on one line
     */
    static byte[] oneLine(List<String> lines, String separator) {
        return oneLine(PAGE_HEAD, lines, separator);
    }

    /**
     * @param head      what the page prints before the body ({@link #PAGE_HEAD}, {@link #BREADCRUMB_HEAD})
     * @param separator what the copy left between paragraphs ({@code " "} or nothing)
     * @return UTF-8 text: the head, the lines joined by {@code separator}, the page foot, on one line
     */
    static byte[] oneLine(String head, List<String> lines, String separator) {
        String body = String.join(separator, lines);
        return (head + " " + body + " " + PAGE_FOOT + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
