package org.ocspconsole.fleet;

/**
 * One cluster of the fleet as the engine knows it: no credentials and no trust, which the caller's
 * {@link Opener} supplies, so the window and the command line can each find passwords their way.
 *
 * @param id stable across renames (a profile's id)
 * @param name what the user calls it
 * @param url the REST API's base URL, shown in the table
 */
public record Member(String id, String name, String url) {}
