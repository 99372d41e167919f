package org.greenplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reference documents kept in the test resources. */
public final class TestDocuments {
    /** 宿州市实施绿色发展行动2022年工作要点, as issued (UTF-8, LF). */
    public static final String SUZHOU = "suzhou-2022-green-development-work-points.txt";

    private TestDocuments() {}

    /** @return the bytes of a file under {@code src/test/resources/plans/} */
    public static byte[] bytes(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/plans/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource plans/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
