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
 * @param tasksPerSection numbered tasks in each of a plan's 12 sections (default {@value #TASKS_PER_SECTION}:
 *                     60 tasks a plan; 250 gives one plan of 3,000 tasks, the province-wide ledger's size,
 *                     which needs {@code greenplan.import.max-tasks} of at least 3,000)
 * @throws IllegalArgumentException when a count lies outside its range (the message names the option)
 */
public record DemoOptions(int cities, int years, long seed, LocalDate today, Path reportersCsv, int tasksPerSection) {

    /** The most cities the shape file names. */
    public static final int MAX_CITIES = 16;

    /** Tasks per section of the shipped shape: 3 parts × 4 sections × 5 = 60 tasks a plan. */
    public static final int TASKS_PER_SECTION = 5;

    /** The most tasks per section: 12 × 250 = 3,000 tasks in one plan. */
    public static final int MAX_TASKS_PER_SECTION = 250;

    public DemoOptions {
        if (cities < 1 || cities > MAX_CITIES) {
            throw new IllegalArgumentException("--cities must lie between 1 and " + MAX_CITIES + ": " + cities);
        }
        if (years < 1 || years > 5) {
            throw new IllegalArgumentException("--years must lie between 1 and 5: " + years);
        }
        if (tasksPerSection < 1 || tasksPerSection > MAX_TASKS_PER_SECTION) {
            throw new IllegalArgumentException(
                    "--tasks-per-section must lie between 1 and " + MAX_TASKS_PER_SECTION + ": " + tasksPerSection);
        }
    }

    /** Options with the shipped plan size ({@value #TASKS_PER_SECTION} tasks per section, 60 a plan). */
    public DemoOptions(int cities, int years, long seed, LocalDate today, Path reportersCsv) {
        this(cities, years, seed, today, reportersCsv, TASKS_PER_SECTION);
    }
}
