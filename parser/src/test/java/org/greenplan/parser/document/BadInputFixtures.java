package org.greenplan.parser.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Builds the bad documents people upload, in memory. */
final class BadInputFixtures {

    private static final int MB = 1024 * 1024;

    private BadInputFixtures() {}

    /**
     * A docx-shaped zip whose word/document.xml inflates to {@code megabytes} MB of spaces. With
     * {@code honest = false} the central directory claims the entry is 1 KB, so only counting while
     * inflating can catch it.
     */
    static byte[] zipBomb(int megabytes, boolean honest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            entry(zip, "_rels/.rels", "<Relationships/>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[MB];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        return honest ? zip : understateSizes(zip);
    }

    /** A zip rewritten without the entry {@code name}. */
    static byte[] withoutEntry(byte[] zip, String name) {
        return rewrite(zip, name, null, null);
    }

    /** A zip rewritten with entry {@code from} stored under the name {@code to}. */
    static byte[] renameEntry(byte[] zip, String from, String to) {
        return rewrite(zip, from, to, null);
    }

    /** A zip rewritten with new content for entry {@code name}. */
    static byte[] replaceEntry(byte[] zip, String name, String content) {
        return rewrite(zip, name, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies a zip; the entry {@code name} is dropped (newName null), renamed and/or given new content. */
    private static byte[] rewrite(byte[] zip, String name, String newName, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                boolean target = entry.getName().equals(name);
                if (target && newName == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(target ? newName : entry.getName()));
                if (target && content != null) {
                    out.write(content);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The docx encrypted with a password, as Word saves it (an OLE2 file holding the encrypted package). */
    static byte[] encryptedDocx(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF protected with an open password. */
    static byte[] encryptedPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" PDF: two pages that each hold only an image. */
    static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("scanned page", 20, 40);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Patches every central directory record to claim an uncompressed size of 1 KB. */
    private static byte[] understateSizes(byte[] zip) {
        for (int at = 0; at + 46 <= zip.length; at++) {
            if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 1 && zip[at + 3] == 2) {
                zip[at + 24] = 0;
                zip[at + 25] = 4;
                zip[at + 26] = 0;
                zip[at + 27] = 0;
            }
        }
        return zip;
    }
}
