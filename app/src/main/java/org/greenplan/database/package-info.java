/**
 * Database infrastructure: the embedded PostgreSQL used when no external server is configured.
 * Schema is owned by Flyway migrations in {@code db/migration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.greenplan.database;
