package org.greenplan.demodata;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@link DemoData#generate} builds.
 *
 * @param cities      how many cities (1–16), each with its own plan per year
 * @param years       how many plan years, ending with the year of {@code today}
 * @param seed        the random seed: the same options give the same data
 * @param today       the day the data stands on: periods due before it are reported and closed, the one
 *                    running is open and empty (for the load test to submit into), later ones planned
 * @param reportersCsv where to write the open periods' report keys with their reporters' usernames
 *                     ({@code username,period_id,task_id,unit_id}), or null
 */
public record DemoOptions(int cities, int years, long seed, LocalDate today, Path reportersCsv) {

    /** The most cities the shape file names. */
    public static final int MAX_CITIES = 16;

    public DemoOptions {
        if (cities < 1 || cities > MAX_CITIES) {
            throw new IllegalArgumentException("--cities must lie between 1 and " + MAX_CITIES + ": " + cities);
        }
        if (years < 1 || years > 5) {
            throw new IllegalArgumentException("--years must lie between 1 and 5: " + years);
        }
    }
}
