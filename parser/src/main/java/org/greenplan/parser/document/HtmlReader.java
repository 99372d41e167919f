package org.greenplan.parser.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages via jsoup: the charset from the BOM or {@code <meta charset>}, else UTF-8, else (when UTF-8
 * does not fit) {@link TextDecoder}'s detection; then the article found by {@link HtmlContent}, read as
 * paragraphs and table rows.
 */
final class HtmlReader implements FormatReader {

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (document.text().indexOf('\uFFFD') >= 0) {
            document = Jsoup.parse(new TextDecoder().decode(bytes).text());
        }
        BlockList blocks = new BlockList();
        HtmlBlocks.walk(HtmlContent.main(document), blocks);
        return blocks.build(DocumentFormat.HTML);
    }
}
