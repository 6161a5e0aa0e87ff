package org.ocspconsole;

/** Placeholder entry point; the application shell replaces it. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("OCSP Console");
  }
}
