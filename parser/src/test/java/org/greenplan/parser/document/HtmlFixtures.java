package org.greenplan.parser.document;

import java.util.List;
import org.jsoup.nodes.Entities;

/** A gov.cn-style policy page: site header, navigation, breadcrumb, the article, share bar and footer. */
final class HtmlFixtures {

    private HtmlFixtures() {}

    static String page(List<String> lines) {
        StringBuilder content = new StringBuilder();
        for (String line : lines) {
            content.append("<p style=\"text-indent: 2em\">&nbsp;&nbsp;")
                    .append(wrapSource(Entities.escape(line)))
                    .append("</p>\n");
        }
        return around(content.toString());
    }

    /** The same page with the article on one line: one paragraph, the lines glued with nothing between. */
    static String oneLinePage(List<String> lines) {
        return around("<p>" + Entities.escape(String.join("", lines)) + "</p>");
    }

    private static String around(String content) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>宿州市人民政府</title>
                <script>var _hmt = _hmt || []; document.write('统计代码');</script>
                <style>.nav li { display: inline; }</style></head>
                <body>
                <div class="header"><div class="logo">宿州市人民政府</div><div class="search">搜索</div></div>
                <nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
                <li><a href="/zcwj">政策文件</a></li></ul></nav>
                <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
                <div class="pages-date">发布时间：2022-03-18 来源：市生态环境局</div>
                <div class="pages_content" id="UCAP-CONTENT">
                %s</div>
                <div class="share-bar">分享到：微信 微博</div>
                <div id="menu-right"><ul><li>相关文件一</li><li>相关文件二</li></ul></div>
                <footer><p>主办单位：宿州市人民政府办公室</p><p>皖ICP备00000000号</p></footer>
                </body></html>
                """.formatted(content);
    }

    /** Breaks long source lines the way CMS editors do, between two Chinese characters. */
    private static String wrapSource(String text) {
        StringBuilder wrapped = new StringBuilder();
        int sinceBreak = 0;
        for (int i = 0; i < text.length(); i++) {
            wrapped.append(text.charAt(i));
            boolean between = i + 1 < text.length() && isHan(text.charAt(i)) && isHan(text.charAt(i + 1));
            if (++sinceBreak >= 40 && between) {
                wrapped.append("\n    ");
                sinceBreak = 0;
            }
        }
        return wrapped.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
