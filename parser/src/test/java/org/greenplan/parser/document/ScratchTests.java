package org.greenplan.parser.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ScratchTests {
    @Test
    void dump() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("/tmp/ref.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder sb = new StringBuilder();
            for (List<LayoutLine> page : PdfLines.of(doc)) {
                for (LayoutLine l : page) sb.append(l).append('\n');
                sb.append("----\n");
            }
            Files.writeString(Path.of("/tmp/ref-pdf-lines.txt"), sb);
        }
    }
}
