package org.greenplan.parser.document;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page: drops scripts, navigation, headers, footers, sidebars and elements
 * whose class or id says they are chrome (nav, menu, breadcrumb, footer, header, share), then takes the
 * known content container with the most text (gov.cn's {@code #UCAP-CONTENT}, {@code .pages_content},
 * {@code .TRS_Editor}, {@code .article}, {@code article}, {@code main}, ...), or the body if none holds
 * a fair share of the page's text.
 */
final class HtmlContent {

    private static final String DROPPED_TAGS = "script, style, noscript, template, nav, header, footer, aside,"
            + " iframe, form, button, select, input, textarea, object, embed, svg";
    private static final Pattern CHROME =
            Pattern.compile("nav|menu|breadcrumb|crumb|footer|header|share|sidebar", Pattern.CASE_INSENSITIVE);
    private static final String CONTAINERS = "#UCAP-CONTENT, .pages_content, .TRS_Editor, .trs_editor_view,"
            + " .article, .article-content, .article_content, article, main, #content, .content, #zoom, .zoom";
    /** Never drop an element holding more than this share of the page's text: it is a wrapper. */
    private static final double WRAPPER_SHARE = 0.5;
    /** A container holding less of the remaining text than this is a sidebar box, not the article. */
    private static final double MIN_CONTAINER_SHARE = 0.25;

    private HtmlContent() {}

    /** Removes the chrome from {@code document} (in place) and returns the main content element. */
    static Element main(Document document) {
        Element body = document.body();
        body.select(DROPPED_TAGS).remove();
        int total = body.text().length();
        for (Element element : body.select("[class], [id]")) {
            if (isChrome(element) && element.text().length() <= total * WRAPPER_SHARE) {
                element.remove();
            }
        }
        int remaining = body.text().length();
        return body.select(CONTAINERS).stream()
                .max(Comparator.comparingInt(element -> element.text().length()))
                .filter(element -> element.text().length() >= remaining * MIN_CONTAINER_SHARE && remaining > 0)
                .orElse(body);
    }

    private static boolean isChrome(Element element) {
        return CHROME.matcher(element.className()).find()
                || CHROME.matcher(element.id()).find();
    }
}
