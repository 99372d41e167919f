package org.greenplan.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryAttachmentStorageTests {
    @TempDir
    Path root;

    @Test
    void storesReadsAndDeletesTheBytesUnderTheAttachmentsId() throws IOException {
        Path upload = Files.write(root.resolve("upload.bin"), new byte[] {'%', 'P', 'D', 'F'});
        DirectoryAttachmentStorage storage = new DirectoryAttachmentStorage(root.resolve("attachments"));

        storage.save(42, upload);

        assertThat(storage.kind()).isEqualTo("DIRECTORY");
        assertThat(root.resolve("attachments/42")).exists();
        try (InputStream in = storage.open(42)) {
            assertThat(in.readAllBytes()).containsExactly('%', 'P', 'D', 'F');
        }
        storage.delete(42);
        assertThat(root.resolve("attachments/42")).doesNotExist();
        assertThat(upload).exists();
    }
}
