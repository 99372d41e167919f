package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/**
 * {@link SavedSessionReuse} answers only the read that follows a save on the same thread, for the same id and within
 * one request; every other read reaches the repository underneath.
 */
class SavedSessionReuseTests {
    /** Sessions in a map, counting the reads that reach it. */
    static final class CountingRepository implements FindByIndexNameSessionRepository<MapSession> {
        final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        final List<String> reads = new ArrayList<>();
        final List<String> saves = new ArrayList<>();

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            saves.add(session.getId());
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final CountingRepository stored = new CountingRepository();
    private final SavedSessionReuse<MapSession> sessions = new SavedSessionReuse<>(stored);

    private MapSession saved() {
        MapSession session = sessions.createSession();
        session.setAttribute("gp-test", "七月");
        sessions.save(session);
        return session;
    }

    @Test
    void theReadRightAfterASaveIsTheSavedSessionWithoutARead() {
        MapSession session = saved();

        assertThat(sessions.findById(session.getId())).isSameAs(session);
        assertThat(stored.reads).isEmpty();
    }

    @Test
    void onlyTheFirstReadAfterTheSaveIsSparedAndOnlyForItsId() {
        MapSession session = saved();
        MapSession other = stored.createSession();
        stored.save(other);

        assertThat(sessions.findById(other.getId()).getId()).isEqualTo(other.getId());
        assertThat(sessions.findById(session.getId()).<String>getAttribute("gp-test"))
                .isEqualTo("七月");

        assertThat(stored.reads).containsExactly(other.getId(), session.getId());
    }

    @Test
    void anExpiredSavedSessionIsReadFromTheRepository() {
        MapSession session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(1));
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        sessions.save(session);

        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(stored.reads).containsExactly(session.getId());
    }

    @Test
    void aSessionSavedInOneRequestIsNotHandedToTheNext() throws Exception {
        List<String> savedIds = new ArrayList<>();
        MockFilterChain savesWithoutReading = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                savedIds.add(saved().getId());
            }
        };
        SavedSessionReuse.filter()
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), savesWithoutReading);

        sessions.findById(savedIds.get(0));

        assertThat(stored.reads).containsExactly(savedIds.get(0));
    }

    @Test
    void aDeletedSessionIsNotHandedBack() {
        MapSession session = saved();
        sessions.deleteById(session.getId());

        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(stored.reads).containsExactly(session.getId());
    }
}
