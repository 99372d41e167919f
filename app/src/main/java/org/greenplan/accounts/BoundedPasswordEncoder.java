package org.greenplan.accounts;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PasswordEncoder} that lets at most {@code permits} hashes run at once, in arrival order (a fair
 * semaphore); the hashing itself is the wrapped encoder's (Spring Security's). bcrypt costs about 0.1 s of
 * one core per check: 200 reporters signing in at a deadline would otherwise run 200 checks side by side on
 * two cores, each finishing only after all of them, while every other request starves. Bounded, each check
 * takes its 0.1 s and the queue drains in arrival order. Callers must hold no database connection while
 * they wait here (the login provider reads the account in its own transaction, then checks).
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {
    private final PasswordEncoder encoder;
    private final Semaphore permits;

    /**
     * @param encoder the encoder doing the work
     * @param permits checks that may run at once (usually the number of processors)
     * @throws IllegalArgumentException when permits is below 1
     */
    public BoundedPasswordEncoder(PasswordEncoder encoder, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("password checks at once must be at least 1, not " + permits);
        }
        this.encoder = encoder;
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return encoder.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** @return checks that could start now without waiting */
    public int available() {
        return permits.availablePermits();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        }
    }
}
