package org.greenplan.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The dashboard's data as the charts fetch it: the JSON of one {@link DashboardData}, written and compressed once
 * when the answer is computed and kept with it ({@link Dashboard#json}), so a kept answer costs neither serialisation
 * nor compression. A province plan's JSON is about 90 KB and its gzip about a tenth of that; every browser asks for
 * gzip.
 *
 * @param body       the UTF-8 JSON, byte for byte what the application's JSON mapper writes for the data
 * @param gzipped    the same body compressed with gzip (RFC 1952, the JDK's {@link GZIPOutputStream})
 * @param etag       a strong HTTP entity tag of the body (quoted, e.g. {@code "5f1c…"}): equal bodies, equal tags
 * @param gzipEtag   the entity tag of the gzip encoding ({@code "5f1c…-gzip"}): a strong tag names one sequence of
 *                   bytes, so the two encodings of one body carry different tags (RFC 9110, 8.8.3)
 */
public record DashboardJson(byte[] body, byte[] gzipped, String etag, String gzipEtag) {
    /**
     * @param body the JSON as written by the application's mapper
     * @return the body with its gzip encoding and both entity tags
     */
    public static DashboardJson of(byte[] body) {
        String tag = HexFormat.of().formatHex(sha256(body), 0, 16);
        return new DashboardJson(body, gzip(body), '"' + tag + '"', '"' + tag + "-gzip\"");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
