package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.care.EhrFeedback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks rows as every supported database must keep them: a token id is claimed once, also
 * by eight threads at once, an expired one is forgotten, and feedback reads back newest first.
 */
abstract class CdsRecordsContract extends DatabaseContract {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private boolean claim(String issuer, String jti, Instant expires, Instant now) {
        return database.inTransaction(tx -> tx.cds().claim(issuer, jti, expires, now));
    }

    @Test
    void aTokenIdIsClaimedOncePerIssuer() {
        Instant expires = NOW.plusSeconds(300);
        assertThat(claim("https://a", "j1", expires, NOW)).isTrue();
        assertThat(claim("https://a", "j1", expires, NOW)).isFalse();
        assertThat(claim("https://b", "j1", expires, NOW)).isTrue();
    }

    @Test
    void anExpiredClaimIsForgotten() {
        assertThat(claim("https://a", "j2", NOW.plusSeconds(10), NOW)).isTrue();
        assertThat(claim("https://a", "j3", NOW.plusSeconds(100), NOW)).isTrue();
        int forgotten = database.inTransaction(tx -> tx.cds().forgetExpired(NOW.plusSeconds(60)));
        assertThat(forgotten).isEqualTo(1);
        assertThat(claim("https://a", "j2", NOW.plusSeconds(400), NOW.plusSeconds(60))).isTrue();
        assertThat(claim("https://a", "j3", NOW.plusSeconds(400), NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void ofEightThreadsClaimingOneIdAtOnceExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return claim("https://a", "race", NOW.plusSeconds(300), NOW);
                            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }

    @Test
    void feedbackReadsBackNewestFirst() {
        for (int i = 0; i < 3; i++) {
            EhrFeedback item =
                    new EhrFeedback(
                            "https://a",
                            "unknot-back-pain",
                            "card-" + i,
                            i == 1 ? "overridden" : "accepted",
                            i,
                            i == 1 ? "not relevant" : "",
                            NOW.plusSeconds(i),
                            NOW.plusSeconds(10 + i));
            database.inTransaction(
                    tx -> {
                        tx.cds().saveFeedback(item);
                        return null;
                    });
        }
        List<EhrFeedback> recent = database.inTransaction(tx -> tx.cds().recentFeedback(2));
        assertThat(recent).extracting(EhrFeedback::card).containsExactly("card-2", "card-1");
        assertThat(recent.get(1).overrideReason()).isEqualTo("not relevant");
        assertThat(recent.get(1).outcomeAt()).isEqualTo(NOW.plusSeconds(1));
    }
}
