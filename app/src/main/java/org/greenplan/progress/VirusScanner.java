package org.greenplan.progress;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scans an uploaded file before it is stored. The default lets everything through; a bean of this type
 * (for example one calling clamd) replaces it.
 */
public interface VirusScanner {

    /**
     * @param file     the upload, complete, in a temporary file
     * @param fileName the name as uploaded
     * @return null when clean, else what was found (shown to the user)
     * @throws IOException when the scanner cannot be reached: the upload is refused
     */
    String findThreat(Path file, String fileName) throws IOException;
}
