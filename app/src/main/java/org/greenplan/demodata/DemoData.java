package org.greenplan.demodata;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GeneratedAccounts;
import org.greenplan.accounts.GeneratedAccounts.GeneratedUser;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.demodata.internal.PlanShape;
import org.greenplan.demodata.internal.PlanTexts;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.Stamp;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Builds province-scale demonstration data through the modules' own services (see the package
 * description): per city and year a plan imported and published, the city's units confirmed with a
 * contact person and given a reporter and a unit leader, and the plan's periods with their reports
 * ({@link PlanPeriods}). Every user signs in with one password drawn at random for the run and printed
 * in the summary; nobody has to change it (the load test signs in as them).
 *
 * <p>Meant for an empty database: a second run refuses at once (the username
 * {@value #OFFICE}). The users are made by {@link GeneratedAccounts}, audited here. Each plan import and each batch of reports is its own transaction.
 */
@Service
public class DemoData {
    static final String OFFICE = "demo-office";
    static final String LEADER = "demo-leader";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final GeneratedAccounts accounts;
    private final AuditTrail audit;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final PlanImporter importer;
    private final PlanCatalog catalog;
    private final CityUnits cityUnits;
    private final PlanPeriods planPeriods;
    private final Clock clock;

    DemoData(
            GeneratedAccounts accounts,
            AuditTrail audit,
            org.springframework.transaction.PlatformTransactionManager transactions,
            PlanImporter importer,
            PlanCatalog catalog,
            CityUnits cityUnits,
            PlanPeriods planPeriods,
            Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.importer = importer;
        this.catalog = catalog;
        this.cityUnits = cityUnits;
        this.planPeriods = planPeriods;
        this.clock = clock;
    }

    /**
     * Generates the data; {@code progress} hears a line per plan (for stderr).
     *
     * @return what was stored
     * @throws IllegalStateException when the demonstration users exist already
     */
    public DemoSummary generate(DemoOptions options, Consumer<String> progress) {
        long started = System.nanoTime();
        PlanShape shape = PlanShape.shipped();
        PlanTexts texts = new PlanTexts(shape);
        Random random = new Random(options.seed());
        String password = password();
        List<String> names = shape.cells("accounts");
        List<GeneratedUser> staff = List.of(
                new GeneratedUser(OFFICE, names.get(2).replace("{city}", ""), null, Role.OFFICE_ADMIN),
                new GeneratedUser(LEADER, names.get(3).replace("{city}", ""), null, Role.LEADER));
        List<Long> staffIds = transaction.execute(status -> {
            List<Long> ids = accounts.create(staff, password);
            audit(audit, ids.get(0), staff.get(0), null);
            audit(audit, ids.get(1), staff.get(1), null);
            return ids;
        });
        long officeId = staffIds.get(0);
        Actor office = new Actor(officeId, OFFICE, staff.get(0).displayName(), null, Set.of(Role.OFFICE_ADMIN), false);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        GreenPlanUser principal = GreenPlanUser.of(office);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            Tally tally = new Tally(options, password);
            int lastYear = options.today().getYear();
            for (int c = 0; c < options.cities(); c++) {
                String city = texts.cities().get(c);
                Map<Long, List<TaskView>> plans = new LinkedHashMap<>();
                for (int year = lastYear - options.years() + 1; year <= lastYear; year++) {
                    byte[] document = texts.document(city, year, random, options.tasksPerSection())
                            .getBytes(StandardCharsets.UTF_8);
                    long planId = importer.importAndPublish(document, texts.title(city, year) + ".txt")
                            .planId();
                    plans.put(planId, catalog.tasks(planId, null));
                }
                Map<Long, Stamp> reporters = cityUnits.prepare(c, plans.values(), shape, random, password, tally);
                Stamp approver = new Stamp(officeId, office.displayName(), Instant.EPOCH);
                for (var plan : plans.entrySet()) {
                    planPeriods.report(plan.getKey(), plan.getValue(), reporters, approver, shape, random, tally);
                    progress.accept(tally.line(city));
                }
            }
            writeOpenKeys(options, tally);
            return tally.summary((System.nanoTime() - started) / 1e9);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Records a generated user's creation as the administration page records one (entity USER, CREATED). */
    static void audit(AuditTrail audit, long userId, GeneratedUser user, String unitName) {
        audit.recordChanges(
                AuditSubject.of("USER", userId),
                "CREATED",
                List.of(
                        new FieldChange("username", null, user.username()),
                        new FieldChange("displayName", null, user.displayName()),
                        new FieldChange("unit", null, unitName),
                        new FieldChange("roles", null, user.role().name()),
                        new FieldChange("enabled", null, "true")),
                null);
    }

    private static void writeOpenKeys(DemoOptions options, Tally tally) {
        if (options.reportersCsv() == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("username,period_id,task_id,unit_id");
        lines.addAll(tally.openRows);
        try {
            java.nio.file.Files.write(options.reportersCsv(), lines, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String password() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Gp-");
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Counts what was stored, for the summary and the progress lines. */
    static final class Tally {
        final DemoOptions options;
        final String password;
        final List<Integer> years = new ArrayList<>();
        int plans;
        int tasks;
        int units;
        int users = 2;
        int periods;
        int reports;
        int approved;
        int values;
        int openKeys;
        final List<String> openRows = new ArrayList<>();
        final Map<Long, String> usernames = new java.util.HashMap<>();

        Tally(DemoOptions options, String password) {
            this.options = options;
            this.password = password;
            int last = options.today().getYear();
            for (int y = last - options.years() + 1; y <= last; y++) {
                years.add(y);
            }
        }

        String line(String city) {
            return String.format(
                    "demo-data: %s: %d plans, %d tasks, %d periods, %d reports, %d values",
                    city, plans, tasks, periods, reports, values);
        }

        DemoSummary summary(double seconds) {
            return new DemoSummary(
                    options.seed(),
                    years,
                    plans,
                    tasks,
                    units,
                    users,
                    periods,
                    reports,
                    approved,
                    values,
                    OFFICE,
                    LEADER,
                    password,
                    openKeys,
                    Math.round(seconds * 10) / 10.0);
        }
    }
}
