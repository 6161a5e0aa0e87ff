package org.ocspconsole.demo;

/**
 * Ways a hostile or broken server (or something between it and the console) answers, each in place
 * of the real answer to every request, before credentials are looked at.
 */
public enum BrokenAnswer {
  NONE("Normal answers"),
  NO_ANSWER("No answer at all (the request times out)"),
  STALLED_BODY("Half the body, then silence (the request times out)"),
  CUT_OFF_BODY("Connection closed in the middle of the body"),
  HTML_PAGE_200("200 with an HTML page"),
  MALFORMED_JSON("200 with malformed JSON"),
  STRING_FOR_NUMBER("200 with \"query_frequency\": \"abc\""),
  NULL_FOR_NUMBER("200 with \"query_frequency\": null"),
  HUGE_NUMBER("200 with \"query_frequency\": 1e99"),
  NESTED_OBJECT("200 with an object for query_frequency"),
  TEN_MEGABYTES("200 with a 10 MB body"),
  REDIRECT("Redirect to another host (307)"),
  SERVER_ERROR_JSON("500 with an error body"),
  SERVER_ERROR_EMPTY("500 without a body"),
  PROXY_502("502 page from a proxy"),
  PROXY_503("503 page from a proxy");

  private final String label;

  BrokenAnswer(String label) {
    this.label = label;
  }

  /** What the user sees in the demo menu. */
  public String label() {
    return label;
  }
}
