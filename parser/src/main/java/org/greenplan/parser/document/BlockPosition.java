package org.greenplan.parser.document;

/**
 * Where a {@link Block} sits in its source document.
 *
 * @param index 1-based position of the block among the document's blocks (always set)
 * @param line  1-based line in the source file for plain text; {@code 0} for other formats
 * @param page  1-based page for paged formats (PDF, OFD); {@code 0} for other formats
 */
public record BlockPosition(int index, int line, int page) {

    /** @throws IllegalArgumentException if {@code index < 1} or {@code line}/{@code page} is negative */
    public BlockPosition {
        if (index < 1 || line < 0 || page < 0) {
            throw new IllegalArgumentException(
                    "invalid position: index=" + index + ", line=" + line + ", page=" + page);
        }
    }

    /** A block of a plain-text file: its index and its source line. */
    public static BlockPosition ofLine(int index, int line) {
        return new BlockPosition(index, line, 0);
    }

    /** A block of an unpaged format (docx, doc, html). */
    public static BlockPosition ofIndex(int index) {
        return new BlockPosition(index, 0, 0);
    }

    /** A block of a paged format (pdf, ofd), on the page where the block starts. */
    public static BlockPosition onPage(int index, int page) {
        return new BlockPosition(index, 0, page);
    }

    /** @return a short Chinese description for a review screen: "第 3 行", "第 2 页第 5 段" or "第 5 段" */
    public String describe() {
        if (line > 0) {
            return "第 " + line + " 行";
        }
        String block = "第 " + index + " 段";
        return page > 0 ? "第 " + page + " 页" + block : block;
    }
}
