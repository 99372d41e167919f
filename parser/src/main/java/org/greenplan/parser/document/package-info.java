/**
 * Document readers: the bytes of an uploaded plan — txt, docx, doc, pdf, ofd or html — in, one
 * {@link org.greenplan.parser.document.SourceDocument} out: ordered blocks (paragraphs and table rows)
 * with their positions, and {@code toText()}, the text the plan parser consumes.
 *
 * <p>The API is {@link org.greenplan.parser.document.DocumentReaders} (detect and read, bounded by
 * {@link org.greenplan.parser.document.ReadLimits}), the model records, {@link
 * org.greenplan.parser.document.TextDecoder} for plain text and {@link
 * org.greenplan.parser.document.DocumentReadException} for every document that cannot be read. Readers
 * of each format and their helpers (zip bomb guard, page furniture removal, line rejoining, Word list
 * numbering, HTML content extraction) are package-private. This is the only package that touches POI,
 * PDFBox, ofdrw, jsoup and Tika.
 */
package org.greenplan.parser.document;
