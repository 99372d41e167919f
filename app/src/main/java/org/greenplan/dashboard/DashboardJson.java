package org.greenplan.dashboard;

/**
 * The dashboard's data as the charts fetch it: the JSON of one {@link DashboardData}, written once when the
 * answer is computed and kept with it ({@link Dashboard#json}), so a kept answer costs no serialisation.
 *
 * @param body the UTF-8 JSON, byte for byte what the application's JSON mapper writes for the data
 * @param etag a strong HTTP entity tag of the body (quoted, e.g. {@code "5f1c…"}): equal bodies, equal tags
 */
public record DashboardJson(byte[] body, String etag) {}
