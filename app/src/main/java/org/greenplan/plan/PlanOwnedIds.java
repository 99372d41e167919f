package org.greenplan.plan;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One kind of id that a URL or form names (a report, a period, a 催办单 …) and that belongs to exactly one
 * plan. The module that owns the thing implements this as a bean, so the web shell can keep a county or
 * district office to its own region's plans (and answer 404 for an id that does not exist) without reading
 * another module's tables. The web shell fails to start when two beans declare the same variable.
 */
public interface PlanOwnedIds {
    /**
     * @return the path variable or request parameter that carries such an id, exactly as the controllers
     *         name it (e.g. {@code reportId}); a request parameter without the {@code Id} suffix (e.g.
     *         {@code ?period=}) is read as this variable too
     */
    String variable();

    /**
     * @param id the id as the URL names it
     * @return the id of the plan the thing belongs to; empty when there is no such thing
     */
    Optional<Long> planOf(long id);

    /**
     * A declaration from a variable name and a lookup, for modules that own several kinds of id.
     *
     * @param variable the path variable or request parameter
     * @param lookup   the plan of an id, empty when there is none
     * @return the declaration
     */
    static PlanOwnedIds of(String variable, java.util.function.LongFunction<Optional<Long>> lookup) {
        return new PlanOwnedIds() {
            @Override
            public String variable() {
                return variable;
            }

            @Override
            public Optional<Long> planOf(long id) {
                return lookup.apply(id);
            }
        };
    }

    /**
     * A declaration whose lookup is one query: {@code sql} takes the id as its one parameter and selects the
     * plan's id (e.g. {@code select plan_id from briefing where id = ?}).
     *
     * @param variable the path variable or request parameter
     * @param jdbc     the module's connection
     * @param sql      the query, at most one row
     * @return the declaration
     */
    static PlanOwnedIds byQuery(String variable, JdbcClient jdbc, String sql) {
        return of(variable, id -> jdbc.sql(sql).param(id).query(Long.class).optional());
    }
}
