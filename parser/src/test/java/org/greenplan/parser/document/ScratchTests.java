package org.greenplan.parser.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTests {
    @Test
    void dump() throws Exception {
        for (String name : new String[] {"suzhou-auto-numbered.doc", "suzhou-table.doc"}) {
            SourceDocument d = DocumentReaders.read(Files.readAllBytes(Path.of("/tmp/docout", name)), name);
            Files.writeString(Path.of("/tmp/docout", name + ".txt"), d.format() + "\n" + d.toText());
        }
    }
}
