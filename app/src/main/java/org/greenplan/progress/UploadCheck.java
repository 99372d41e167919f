package org.greenplan.progress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;

/**
 * Receives an upload into a temporary file while counting (refused as soon as it passes the limit, never
 * held whole in memory), then tells its type from the content (Tika's magic numbers, and the entries of
 * a zip container for docx and xlsx) and checks that it matches the extension.
 */
final class UploadCheck {
    /** Accepted extensions and the type their content must have. */
    static final Map<String, String> ACCEPTED =
            Map.of("pdf", "pdf", "docx", "docx", "xlsx", "xlsx", "jpg", "jpg", "jpeg", "jpg", "png", "png");

    private static final Tika TIKA = new Tika();
    private static final int BUFFER = 64 * 1024;

    private UploadCheck() {}

    /**
     * A received file, checked.
     *
     * @param file      the temporary file; the caller deletes it
     * @param size      bytes
     * @param sha256    lower-case hex
     * @param mediaType the type detected from the content
     */
    record Received(Path file, long size, String sha256, String mediaType) {}

    /** @throws AttachmentRefusedException when the name, the size or the content is not accepted */
    static Received receive(String fileName, InputStream in, long maxBytes) throws IOException {
        String extension = extension(fileName);
        if (!ACCEPTED.containsKey(extension)) {
            throw new AttachmentRefusedException("progress.attachment.typeNotAllowed", fileName);
        }
        Path file = Files.createTempFile("greenplan-upload-", ".bin");
        try {
            Received received = copy(fileName, in, file, maxBytes);
            String kind = kind(file, received.mediaType());
            if (!ACCEPTED.get(extension).equals(kind)) {
                throw new AttachmentRefusedException("progress.attachment.typeMismatch", fileName, kind, extension);
            }
            return received;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static Received copy(String fileName, InputStream in, Path file, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new AttachmentRefusedException(
                            "progress.attachment.tooLarge", fileName, maxBytes / (1024 * 1024));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw new AttachmentRefusedException("progress.attachment.empty", fileName);
        }
        String mediaType;
        try (InputStream content = new BufferedInputStream(Files.newInputStream(file))) {
            mediaType = TIKA.detect(content);
        }
        return new Received(file, size, HexFormat.of().formatHex(digest.digest()), mediaType);
    }

    /** @return pdf, jpg, png, docx, xlsx, or the detected media type for anything else */
    private static String kind(Path file, String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "application/zip", "application/x-tika-ooxml" -> office(file, mediaType);
            default -> mediaType.startsWith("application/vnd.openxmlformats") ? office(file, mediaType) : mediaType;
        };
    }

    private static String office(Path file, String mediaType) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return "docx";
            }
            return zip.getEntry("xl/workbook.xml") != null ? "xlsx" : "application/zip";
        } catch (IOException e) {
            return mediaType;
        }
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
