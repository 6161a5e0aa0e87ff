package org.ocspconsole.demo;

/**
 * Turns Nagle's algorithm off for the demo's servers. The JDK's HTTP server leaves it on unless
 * {@value #PROPERTY} is set, and reads that once, when the process makes its first server. With it
 * on, an answer written in two pieces (its headers, then its body) waits for the client's delayed
 * acknowledgement of the first: 40 ms more on Linux, for about a quarter of a fleet's reads, so a
 * demo cluster told to answer in 200 ms answered in 240 ms. A real cluster's API does not wait so.
 */
final class NoDelay {
  static final String PROPERTY = "sun.net.httpserver.nodelay";

  private NoDelay() {}

  /** Call before making a server. Leaves an explicit setting alone. */
  static void beforeFirstServer() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
  }
}
