package org.greenplan.accounts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A refusal shown on the next page travels in the session store, so it must survive serialization. */
class FieldProblemTests {
    @Test
    void aProblemSurvivesTheSessionStore() throws Exception {
        FieldProblem problem = FieldProblem.of("enabled", "user.lastAdmin", "admin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(problem);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(problem);
        }
    }
}
