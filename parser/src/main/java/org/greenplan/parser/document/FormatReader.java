package org.greenplan.parser.document;

/** Reads one format into a {@link SourceDocument}; the bytes are known to be of that format. */
interface FormatReader {

    /**
     * @throws DocumentReadException for input the reader understands to be bad (encrypted, no text, ...)
     * @throws Exception             anything else the library throws; the façade reports it as a corrupt file
     */
    SourceDocument read(byte[] bytes, ReadLimits limits) throws Exception;
}
