package org.greenplan.parser.document;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep reading an untrusted upload bounded in size, memory and time. Immutable; start from
 * {@link #DEFAULTS} or {@link #builder()}.
 *
 * @param maxBytes         largest accepted file, in bytes (default 20 MB)
 * @param maxDuration      longest a read may take before it is cancelled (default 30 s)
 * @param maxExpandedBytes largest total uncompressed size of a zip container (docx, ofd), in bytes
 *                         (default 200 MB); also caps the memory PDFBox may use for decoded streams
 * @param maxEntries       largest number of entries in a zip container (default 10 000)
 */
public record ReadLimits(long maxBytes, Duration maxDuration, long maxExpandedBytes, int maxEntries) {

    private static final long MB = 1024L * 1024L;

    /** 20 MB, 30 s, 200 MB expanded, 10 000 zip entries. */
    public static final ReadLimits DEFAULTS = new ReadLimits(20 * MB, Duration.ofSeconds(30), 200 * MB, 10_000);

    /** @throws IllegalArgumentException if a limit is not positive */
    public ReadLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxBytes <= 0
                || maxExpandedBytes <= 0
                || maxEntries <= 0
                || maxDuration.isZero()
                || maxDuration.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return a builder starting from {@link #DEFAULTS} */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** @return a builder starting from these limits */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ReadLimits}; each setter replaces one limit. */
    public static final class Builder {
        private long maxBytes;
        private Duration maxDuration;
        private long maxExpandedBytes;
        private int maxEntries;

        private Builder(ReadLimits from) {
            this.maxBytes = from.maxBytes;
            this.maxDuration = from.maxDuration;
            this.maxExpandedBytes = from.maxExpandedBytes;
            this.maxEntries = from.maxEntries;
        }

        /** @param bytes largest accepted file size */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /** @param duration longest a read may take */
        public Builder maxDuration(Duration duration) {
            this.maxDuration = duration;
            return this;
        }

        /** @param bytes largest total uncompressed size of a zip container */
        public Builder maxExpandedBytes(long bytes) {
            this.maxExpandedBytes = bytes;
            return this;
        }

        /** @param entries largest number of entries in a zip container */
        public Builder maxEntries(int entries) {
            this.maxEntries = entries;
            return this;
        }

        /** @throws IllegalArgumentException if a limit is not positive */
        public ReadLimits build() {
            return new ReadLimits(maxBytes, maxDuration, maxExpandedBytes, maxEntries);
        }
    }
}
