package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

    @Test
    void checksPasswordsWithSpringSecuritysEncoding() {
        PasswordEncoder bounded =
                new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 2);

        String hash = bounded.encode("Gp-春季填报2026");

        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(bounded.matches("Gp-春季填报2026", hash)).isTrue();
        assertThat(bounded.matches("Gp-春季填报2025", hash)).isFalse();
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void runsAtMostItsPermitsAtOnceAndEveryWaitingCheckFinishes() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(blocking(running, most, release), 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String password = i % 2 == 0 ? "right" : "wrong";
            checks.add(pool.submit(() -> bounded.matches(password, "right")));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((bounded.available() > 0 || running.get() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(running.get()).as("two run, six wait").isEqualTo(2);

        release.countDown();
        int accepted = 0;
        for (Future<Boolean> check : checks) {
            accepted += check.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(4);
        assertThat(most.get()).isEqualTo(2);
        assertThat(bounded.available()).isEqualTo(2);
    }

    @Test
    void refusesABoundBelowOne() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThatThrownBy(() -> new BoundedPasswordEncoder(encoder, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, not 0");
    }

    /** An encoder comparing plain text that holds every check until released, counting those running. */
    private static PasswordEncoder blocking(AtomicInteger running, AtomicInteger most, CountDownLatch release) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
                return raw.toString().equals(encoded);
            }
        };
    }
}
