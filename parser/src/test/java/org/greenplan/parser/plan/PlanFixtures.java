package org.greenplan.parser.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden files under {@code src/test/resources/plans} (see the README there). */
final class PlanFixtures {

    static final String SUZHOU = "suzhou-2022-green-development-work-points";

    private PlanFixtures() {}

    static byte[] bytes(String fileName) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/plans/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource plans/" + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }
}
