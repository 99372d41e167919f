package org.greenplan.parser.document;

import java.util.List;

/**
 * Why a document could not be read ({@link DocumentReadException#refusal()}): a stable code with the
 * office's Chinese default text. The application renders a refusal by {@link #key()} and the exception's
 * arguments from its message bundles, in the reader's language; the default text holds no English gloss, so a
 * refusal is never shown in two languages at once. Default texts use {@code {0}}, {@code {1}} … for the arguments; an argument that is Chinese
 * text (a file kind, a duration) has an English counterpart among the arguments for the English bundle.
 */
public enum ReadRefusal {
    /** The file has no bytes. */
    EMPTY("文件为空"),
    /** The text holds only whitespace. */
    BLANK("文件为空：只有空白字符"),
    /** {0} = the file's size, {1} = the limit (both as "52.4 MB"). */
    TOO_LARGE("文件大小 {0} 超过上限 {1}"),
    /** {0} = the detected media type. */
    UNSUPPORTED_TYPE("不支持的文件类型（{0}）；支持 txt、docx、doc、pdf、ofd、html"),
    /** {0} = the kind of file it looks like, {1} = the same in English. */
    BINARY_SIGNATURE("不是文本文件：看起来是 {0}"),
    /** {0} = the byte offset of the NUL byte. */
    NUL_BYTE("不是文本文件：第 {0} 字节是 NUL，看起来是二进制文件"),
    /** {0} = how many control bytes. */
    CONTROL_BYTES("不是文本文件：控制字符过多（{0} 个），看起来是二进制文件"),
    /** {0} = the charset the byte order mark names, {1} = the byte offset. */
    INVALID_AFTER_BOM("文件以 {0} 字节顺序标记开头，但第 {1} 字节处不是有效的 {0} 文本"),
    /** {0} = the byte offset. */
    UNKNOWN_ENCODING("无法识别文本编码：第 {0} 字节处既不是有效的 UTF-8，也不是有效的 GB18030/GBK 文本"),
    /** An OFD package without its OFD.xml. */
    OFD_ENTRY_MISSING("OFD 文件不完整：缺少 OFD.xml"),
    /** {0} = the missing part's path in the package. */
    OFD_PART_MISSING("OFD 文件不完整：缺少 {0}"),
    /** An OFD package that misses a part whose name could not be told. */
    OFD_SOME_PART_MISSING("OFD 文件不完整：缺少必需的部件"),
    /** An Office Open XML spreadsheet or presentation. */
    SPREADSHEET_OR_PRESENTATION("这是 Excel 或 PowerPoint 文件，不是 Word 文档；请另存为 .docx 或 .txt"),
    /** A zip that is neither docx nor ofd. */
    ZIP_WITHOUT_DOCUMENT("压缩包中既没有 Word 文档也没有 OFD 文档；支持 txt、docx、doc、pdf、ofd、html"),
    /** A legacy Office file with an open password. */
    ENCRYPTED_OLE2("文件已加密（设置了打开密码），请去除密码后再上传"),
    /** A legacy Office file that is not a Word document. */
    LEGACY_NOT_WORD("这是 Excel、PowerPoint 等旧版 Office 文件，不是 Word 文档；支持 txt、docx、doc、pdf、ofd、html"),
    /** A legacy Office file whose structure cannot be read. */
    CORRUPT_OLE2("文件已损坏：无法读取 Office 文件结构"),
    /** A docx or doc with a password. */
    ENCRYPTED("文件已加密，请去除密码后再上传"),
    /** A pdf with an open password. */
    ENCRYPTED_PDF("PDF 已加密（需要打开密码），请去除密码后再上传"),
    /** A pdf without a text layer. */
    NO_TEXT_LAYER("PDF 没有文字层（可能是扫描件）；不支持 OCR"),
    /** {0} = the kind of document in Chinese, {1} = its format name (DOCX, PDF …). */
    CORRUPT("无法读取{0}：文件已损坏或格式不正确"),
    /** {0} = how many entries, {1} = the limit. */
    TOO_MANY_ENTRIES("压缩包含 {0} 个条目，超过上限 {1}"),
    /** {0} = the limit. */
    TOO_MANY_ENTRIES_EXPANDED("压缩包条目数超过上限 {0}"),
    /** A zip whose central directory cannot be found. */
    TRUNCATED_ZIP("文件已损坏或不完整：找不到完整的 ZIP 目录，可能被截断"),
    /** A zip whose content cannot be inflated. */
    CORRUPT_ZIP("文件已损坏：ZIP 内容无法解压"),
    /** {0} = the entry's path. */
    UNSAFE_ZIP_ENTRY("ZIP 条目路径非法：{0}"),
    /** {0} = the limit (as "200 MB"). */
    ZIP_BOMB("压缩内容展开后超过上限 {0}，疑似压缩炸弹"),
    /** {0} = the time limit in Chinese ("30 秒"), {1} = the same in milliseconds. */
    TIME_LIMIT("读取超过时限 {0}，已取消"),
    /** The reading thread was interrupted. */
    INTERRUPTED("读取被中断"),
    /** The read was cancelled. */
    CANCELLED("读取已取消"),
    /** {0} = the underlying failure's message. */
    FAILED("读取失败：{0}"),
    /** A refusal given as free text (no code of its own yet); {0} = the text. */
    TEXT("{0}");

    private final String defaultText;

    ReadRefusal(String defaultText) {
        this.defaultText = defaultText;
    }

    /** @return the message key, {@code read.refusal.NAME} */
    public String key() {
        return "read.refusal." + name();
    }

    /** @return the Chinese default text with its {@code {n}} placeholders */
    public String defaultText() {
        return defaultText;
    }

    /** @return the Chinese default text with the arguments filled in */
    public String format(List<String> args) {
        return Placeholders.fill(defaultText, args);
    }
}
