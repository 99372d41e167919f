package org.greenplan.parser.document;

/**
 * Plain text via {@link TextDecoder} (UTF-8, UTF-16 with BOM, GB18030/GBK): every line is a block,
 * blank lines included, so block {@code n} is line {@code n} of the file.
 */
final class TxtReader implements FormatReader {

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) {
        String text = new TextDecoder().decode(bytes).text();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        BlockList blocks = new BlockList();
        for (int i = 0; i < count; i++) {
            blocks.line(lines[i], i + 1);
        }
        return blocks.build(DocumentFormat.TXT);
    }
}
