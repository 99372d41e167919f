package org.greenplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ResultCacheTests {

    @Test
    void concurrentMissesOfOneKeyComputeOnceAndShareTheAnswer() throws Exception {
        ResultCache cache = new ResultCache(8);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("plan 3", () -> {
                computations.incrementAndGet();
                computing.countDown();
                await(release);
                return "answer";
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> cache.get("plan 3", () -> {
                computations.incrementAndGet();
                return "computed again";
            }));
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
            assertThat(computations).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallerInsideATransactionNeverWaitsForAnotherRequestsComputation() throws Exception {
        ResultCache cache = new ResultCache(8);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("plan 3", () -> {
                computing.countDown();
                await(release);
                return "answer";
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            // a transaction scope holds its pooled connection: waiting in it could starve the computing request
            Future<String> inTransaction = pool.submit(() -> {
                TransactionSynchronizationManager.initSynchronization();
                try {
                    return cache.get("plan 3", () -> "its own answer");
                } finally {
                    TransactionSynchronizationManager.clearSynchronization();
                }
            });
            assertThat(inTransaction.get(10, TimeUnit.SECONDS)).isEqualTo("its own answer");
            assertThat(first.isDone()).isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
            assertThat(cache.<String>get("plan 3", () -> "computed again")).isEqualTo("answer");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallerInsideATransactionTakesAnAnswerAlreadyKept() {
        ResultCache cache = new ResultCache(8);
        cache.get("plan 3", () -> "answer");
        TransactionSynchronizationManager.initSynchronization();
        try {
            assertThat(cache.<String>get("plan 3", () -> "computed again")).isEqualTo("answer");
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        ResultCache cache = new ResultCache(8);
        assertThatThrownBy(() -> cache.get("plan 3", () -> {
                    throw new IllegalStateException("database unavailable");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database unavailable");
        assertThat(cache.<String>get("plan 3", () -> "answer")).isEqualTo("answer");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void keepsAtMostItsCapacity() {
        ResultCache cache = new ResultCache(2);
        for (int plan = 1; plan <= 5; plan++) {
            int answer = plan;
            cache.get("plan " + plan, () -> answer);
        }
        // which two stay is Caffeine's admission policy (frequency, not only recency): only the bound is ours
        assertThat(cache.size()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
