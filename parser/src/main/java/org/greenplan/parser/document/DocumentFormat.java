package org.greenplan.parser.document;

/**
 * The document formats {@link DocumentReaders} can read. The format is always detected from the
 * content, never taken from the file name.
 */
public enum DocumentFormat {
    /** 纯文本 — plain text in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
    TXT("纯文本"),
    /** Word 2007+ (.docx, Office Open XML). */
    DOCX("Word 文档（.docx）"),
    /** Word 97–2003 (.doc, OLE2 binary). */
    DOC("Word 97-2003 文档（.doc）"),
    /** PDF with a text layer; scanned PDFs are refused (no OCR). */
    PDF("PDF 文件"),
    /** 版式文档 — OFD (GB/T 33190), the Chinese fixed-layout format. */
    OFD("OFD 版式文件"),
    /** HTML page, e.g. a policy saved from a gov.cn site. */
    HTML("网页（HTML）");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    /** @return a short Chinese name for messages, e.g. {@code "PDF 文件"} */
    public String label() {
        return label;
    }
}
