package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fx.Banner;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/** The form's rules and state changes, against the demo cluster over HTTPS, with no toolkit. */
class ConfigViewModelTest {
  private DemoCluster cluster;
  private ConfigViewModel vm;
  private ConfigForm form;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    vm = new ConfigViewModel(DemoSessions.admin(cluster), FxThread.DIRECT, null);
    form = vm.form();
    await(vm.load());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static void await(CompletableFuture<?> future) throws Exception {
    future.get(20, TimeUnit.SECONDS);
  }

  private NumberField field(OcspField field) {
    return form.number(field);
  }

  @Test
  void loadingShowsTheClusterValuesAndLeavesTheFormClean() {
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("3600");
    assertThat(field(OcspField.RECOVERY_MAX_TRIES).textProperty().get()).isEqualTo("5");
    assertThat(form.enabledProperty().get()).isFalse();
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(form.validProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isFalse();
    assertThat(vm.saveHintProperty().get()).isEqualTo("Nothing changed.");
  }

  @Test
  void eachKindOfBadInputHasItsOwnMessageAndBlocksSave() {
    NumberField query = field(OcspField.QUERY_FREQUENCY);
    String[][] cases = {
      {"", "Required"},
      {"abc", "Not a whole number"},
      {"-60", "No sign"},
      {"+60", "No sign"},
      {"60.5", "no decimals"},
      {"60,5", "no decimals"},
      {" 600", "spaces"},
      {"6 00", "spaces"},
      {"99999999999", "Too large"},
      {"2147483648", "Too large"},
      {"59", "Too small: the minimum is 60"},
      {"86401", "Too large: the maximum is 86,400"},
    };
    for (String[] c : cases) {
      query.textProperty().set(c[0]);
      assertThat(query.messageProperty().get()).as("input '%s'", c[0]).isNotNull();
      if (!c[1].contains("86,400")) {
        assertThat(query.messageProperty().get()).as("input '%s'", c[0]).containsIgnoringCase(c[1]);
      } else {
        assertThat(query.messageProperty().get()).contains("86400");
      }
      assertThat(form.validProperty().get()).isFalse();
      assertThat(vm.canSaveProperty().get()).isFalse();
      assertThat(vm.saveHintProperty().get()).isEqualTo("Fix the highlighted values first.");
    }
  }

  @Test
  void everyRangeBoundIsAcceptedAndOneBeyondIsRefused() {
    for (OcspField f : OcspField.values()) {
      if (!f.isInteger()) {
        continue;
      }
      NumberField n = field(f);
      n.textProperty().set(String.valueOf(f.min()));
      assertThat(n.messageProperty().get()).as(f + " min").isNull();
      n.textProperty().set(String.valueOf(f.max()));
      assertThat(n.messageProperty().get()).as(f + " max").isNull();
      n.textProperty().set(String.valueOf(f.min() - 1));
      assertThat(n.messageProperty().get()).as(f + " below").isNotNull();
      n.textProperty().set(String.valueOf(f.max() + 1));
      assertThat(n.messageProperty().get()).as(f + " above").isNotNull();
      n.revert();
    }
  }

  @Test
  void editingBackToTheLoadedValueMakesTheFormCleanAgain() {
    NumberField timeout = field(OcspField.RESPONSE_TIMEOUT);
    timeout.textProperty().set("5");
    assertThat(timeout.dirtyProperty().get()).isTrue();
    assertThat(form.dirtyProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isTrue();
    timeout.textProperty().set("1");
    assertThat(timeout.dirtyProperty().get()).isFalse();
    assertThat(form.dirtyProperty().get()).isFalse();
    form.enabledProperty().set(true);
    assertThat(form.dirtyProperty().get()).isTrue();
    form.enabledProperty().set(false);
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void revertRestoresTheLoadedValues() {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    field(OcspField.RECOVERY_MAX_TRIES).textProperty().set("abc");
    form.enabledProperty().set(true);
    form.revert();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("3600");
    assertThat(field(OcspField.RECOVERY_MAX_TRIES).textProperty().get()).isEqualTo("5");
    assertThat(form.enabledProperty().get()).isFalse();
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void resetToDefaultSetsTheDocumentedDefault() {
    NumberField query = field(OcspField.QUERY_FREQUENCY);
    query.textProperty().set("120");
    query.resetToDefault();
    assertThat(query.textProperty().get())
        .isEqualTo(String.valueOf(OcspField.QUERY_FREQUENCY.defaultValue()));
    assertThat(query.dirtyProperty().get()).isFalse();
  }

  @Test
  void durationsReadInHumanUnits() {
    NumberField query = field(OcspField.QUERY_FREQUENCY);
    query.textProperty().set("3800");
    assertThat(query.humanProperty().get()).isEqualTo("1 h 3 min 20 s");
    query.textProperty().set("abc");
    assertThat(query.humanProperty().get()).isEmpty();
    assertThat(field(OcspField.RECOVERY_MAX_TRIES).humanProperty().get()).isEmpty();
  }

  @Test
  void savingSendsOnlyChangedFieldsAndShowsTheServersAnswer() throws Exception {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    field(OcspField.RECOVERY_MAX_TRIES).textProperty().set("7");
    // Another administrator changes a field the user did not touch.
    cluster.setConfig(OcspField.RESPONSE_TIMEOUT, 9);
    cluster.clearRequests();
    await(vm.save());
    RecordedRequest put =
        cluster.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    JsonNode body = Json.tree(put.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(body.properties().stream().map(java.util.Map.Entry::getKey))
        .containsExactlyInAnyOrder("query_frequency", "recovery_max_tries");
    assertThat(body.get("query_frequency").intValue()).isEqualTo(120);
    // The form shows the whole answer, including the other administrator's value, and is clean.
    assertThat(field(OcspField.RESPONSE_TIMEOUT).textProperty().get()).isEqualTo("9");
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("120");
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(vm.confirmationProperty().get()).startsWith("Saved 2 changes");
  }

  @Test
  void turningOcspOnWithoutResponderUrlIsRefusedAndTheSwitchStaysOff() throws Exception {
    cluster.switches().noResponderUrl();
    await(vm.load());
    // One note, shown before anyone tries, saying why this is common now.
    assertThat(form.switchNoteProperty().get())
        .startsWith("OCSP cannot be enabled: the proxy certificate carries no OCSP responder URL.")
        .contains("Let's Encrypt dropped it in May 2025 and shut its responders in August 2025")
        .contains("a CA that runs a responder");
    assertThat(form.refusedProperty().get()).isFalse();

    assertThat(form.requestEnabled(true)).isFalse();
    assertThat(form.enabledProperty().get()).isFalse();
    assertThat(form.refusedProperty().get()).isTrue();
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(form.summaryProperty().get()).startsWith("OCSP stapling is off");
    assertThat(vm.canSaveProperty().get()).isFalse();
    // The other settings can still be changed and saved.
    field(OcspField.QUERY_FREQUENCY).textProperty().set("300");
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(form.refusedProperty().get()).isTrue();
    await(vm.load());
    assertThat(form.refusedProperty().get()).isFalse();
  }

  @Test
  void ocspThatIsOnWithoutResponderUrlCanBeTurnedOffAndBackOn() throws Exception {
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    cluster.switches().noResponderUrl();
    await(vm.load());
    assertThat(form.switchNoteProperty().get())
        .startsWith("OCSP is on, but the proxy certificate carries no OCSP responder URL")
        .contains("Let's Encrypt");
    assertThat(form.requestEnabled(false)).isTrue();
    assertThat(form.requestEnabled(true)).isTrue();
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void serverNoResponderUrlLandsAtTheSwitchAndKeepsEdits() throws Exception {
    // Loaded with a URL; the certificate is replaced before the save.
    form.enabledProperty().set(true);
    field(OcspField.QUERY_FREQUENCY).textProperty().set("300");
    cluster.switches().noResponderUrl();
    await(vm.save());
    assertThat(form.enabledMessageProperty().get()).contains("no OCSP responder URL");
    assertThat(vm.bannerProperty().get()).isNull();
    assertThat(form.enabledProperty().get()).isTrue();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("300");
  }

  @Test
  void invalidSchemaNamingAFieldShowsUnderThatFieldAndEditingClearsIt() throws Exception {
    // Simulates a cluster whose range is narrower than ours: the server's word goes under the
    // field.
    ErrorPlacement.place(
        new org.ocspconsole.api.ApiError(
            org.ocspconsole.api.ApiError.Kind.INVALID_SCHEMA,
            400,
            "invalid_schema",
            "x",
            "'recovery_frequency': 70 is less than the minimum of 80",
            null,
            null,
            null,
            null),
        form,
        null);
    NumberField recovery = field(OcspField.RECOVERY_FREQUENCY);
    assertThat(recovery.messageProperty().get()).contains("minimum of 80");
    assertThat(form.validProperty().get()).isFalse();
    recovery.textProperty().set("90");
    assertThat(recovery.messageProperty().get()).isNull();
  }

  @Test
  void invalidSchemaNamingNoFieldBecomesABannerWithTheServersText() {
    Banner banner =
        ErrorPlacement.place(
            new org.ocspconsole.api.ApiError(
                org.ocspconsole.api.ApiError.Kind.INVALID_SCHEMA,
                400,
                "invalid_schema",
                "The cluster rejected the values: body malformed",
                "body malformed",
                null,
                null,
                null,
                null),
            form,
            null);
    assertThat(banner.text()).contains("body malformed");
  }

  @Test
  void unsupportedCapabilityMakesTheFormReadOnlyUntilARefreshSucceeds() throws Exception {
    cluster.switches().unsupportedCapability(true);
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    await(vm.save());
    assertThat(vm.bannerProperty().get().title()).contains("not available on every node");
    assertThat(vm.readOnlyProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isFalse();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("120");
    cluster.switches().unsupportedCapability(false);
    await(vm.load());
    assertThat(vm.readOnlyProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get()).isNull();
  }

  @Test
  void a406WithoutAnErrorCodeStillMakesTheFormReadOnly() throws Exception {
    cluster.switches().unsupportedWithoutCode(true);
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    await(vm.save());
    assertThat(vm.bannerProperty().get().title()).contains("not available on every node");
    assertThat(vm.bannerProperty().get().text()).contains("without an error code");
    assertThat(vm.readOnlyProperty().get()).isTrue();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("120");
  }

  @Test
  void theBannersRefreshAfterARefusedSaveMakesTheFormEditableWithTheEditsKept() throws Exception {
    cluster.switches().unsupportedCapability(true);
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    await(vm.save());
    Banner refused = vm.bannerProperty().get();
    assertThat(refused.actionLabel()).isEqualTo("_Refresh");
    cluster.switches().unsupportedCapability(false);
    refused.action().run();
    waitUntil(() -> !vm.busyProperty().get() && !vm.readOnlyProperty().get());
    assertThat(vm.bannerProperty().get()).isNull();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("120");
    assertThat(vm.canSaveProperty().get()).isTrue();
  }

  @Test
  void forbiddenNamesTheMissingPermissionAndMakesTheFormReadOnly() throws Exception {
    ConfigViewModel viewer =
        new ConfigViewModel(DemoSessions.as(cluster, cluster.viewer()), FxThread.DIRECT, null);
    await(viewer.load());
    assertThat(viewer.bannerProperty().get().title()).contains("view_ocsp_config");
    assertThat(viewer.bannerProperty().get().text()).contains("admin role");
    assertThat(viewer.readOnlyProperty().get()).isTrue();
  }

  @Test
  void unauthorizedAsksForThePasswordAndRetriesKeepingEdits() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ConfigViewModel wrong =
        new ConfigViewModel(
            DemoSessions.with(cluster, cluster.admin().name(), "wrong"),
            FxThread.DIRECT,
            (user, reason) -> {
              asked.incrementAndGet();
              return CompletableFuture.completedFuture(
                  Optional.of(cluster.admin().password().toCharArray()));
            });
    await(wrong.load());
    assertThat(asked.get()).isEqualTo(1);
    assertThat(wrong.form().loadedProperty().get()).isNotNull();
    assertThat(wrong.bannerProperty().get()).isNull();
  }

  @Test
  void unauthorizedDeclinedShowsABannerWithRetry() throws Exception {
    ConfigViewModel wrong =
        new ConfigViewModel(
            DemoSessions.with(cluster, cluster.admin().name(), "wrong"),
            FxThread.DIRECT,
            (user, reason) -> CompletableFuture.completedFuture(Optional.empty()));
    await(wrong.load());
    assertThat(wrong.bannerProperty().get().title()).isEqualTo("Not signed in");
    assertThat(wrong.bannerProperty().get().action()).isNotNull();
  }

  @Test
  void transportFailuresGiveABannerWithRetryAndKeepEdits() throws Exception {
    field(OcspField.RESPONSE_TIMEOUT).textProperty().set("30");
    cluster.switches().dropConnections(true);
    await(vm.save());
    Banner banner = vm.bannerProperty().get();
    assertThat(banner.severity()).isEqualTo(Banner.Severity.ERROR);
    assertThat(banner.title()).isEqualTo("Cannot reach the cluster");
    assertThat(banner.actionLabel()).isEqualTo("_Retry");
    assertThat(field(OcspField.RESPONSE_TIMEOUT).textProperty().get()).isEqualTo("30");
    cluster.switches().dropConnections(false);
    banner.action().run();
    waitUntil(() -> !vm.busyProperty().get() && !form.dirtyProperty().get());
    assertThat(cluster.config().responseTimeout()).isEqualTo(30);
  }

  @Test
  void htmlErrorPageIsReportedWithTheStatus() throws Exception {
    cluster.switches().htmlErrorPage(true);
    await(vm.load());
    assertThat(vm.bannerProperty().get().text()).contains("502").contains("Bad Gateway");
  }

  @Test
  void unknownErrorCodeIsShownWithItsCodeAndText() {
    Banner banner =
        ErrorPlacement.place(
            new org.ocspconsole.api.ApiError(
                org.ocspconsole.api.ApiError.Kind.BAD_REQUEST,
                400,
                "cluster_busy_rebalancing",
                "PUT /v1/ocsp failed with HTTP 400 cluster_busy_rebalancing: try later",
                "try later",
                null,
                null,
                null,
                null),
            form,
            () -> {});
    assertThat(banner.title()).contains("cluster_busy_rebalancing");
    assertThat(banner.text()).contains("try later");
  }

  @Test
  void cancellingARequestLeavesTheFormAsItWas() throws Exception {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("240");
    cluster.switches().latency(Duration.ofSeconds(5));
    CompletableFuture<Void> saving = vm.save();
    assertThat(vm.busyProperty().get()).isTrue();
    vm.cancel();
    await(saving);
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get().severity()).isEqualTo(Banner.Severity.INFO);
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("240");
  }

  @Test
  void summaryExplainsTheRetryWindow() {
    field(OcspField.RECOVERY_FREQUENCY).textProperty().set("120");
    field(OcspField.RECOVERY_MAX_TRIES).textProperty().set("10");
    assertThat(form.summaryProperty().get())
        .contains("every 2 min")
        .contains("10 times")
        .contains("20 min in all")
        .contains(
            "So a database client may receive a staple up to about 1 h old while every poll"
                + " succeeds, and up to about 1 h 20 min old while a failing responder is"
                + " retried.");
    field(OcspField.RECOVERY_MAX_TRIES).textProperty().set("x");
    assertThat(form.summaryProperty().get())
        .contains("up to the recovery max tries")
        .doesNotContain("in all")
        .contains("Recovery max tries is left out: \u201cx\u201d is not a valid value.");
  }

  @Test
  void theSummaryUsesValidValuesOnlyAndNamesTheOneThatIsNot() {
    NumberField query = field(OcspField.QUERY_FREQUENCY);
    query.textProperty().set("0");
    assertThat(form.summaryProperty().get())
        .doesNotContain("every 0 s")
        .contains("a fresh certificate status at the query frequency, waiting up to 1 s")
        .contains("polling returns to the query frequency.")
        .contains("retries every 1 min, 5 times (about 5 min in all)")
        .endsWith("Query frequency is left out: \u201c0\u201d is not a valid value.");
    query.textProperty().set("86401");
    assertThat(form.summaryProperty().get())
        .doesNotContain("1 d 1 s")
        .contains("Query frequency is left out: \u201c86401\u201d is not a valid value.");
    query.textProperty().set("86400");
    assertThat(form.summaryProperty().get()).contains("every 1 d").doesNotContain("left out");
  }

  @Test
  void aValueTheClusterHoldsOutsideTheRangeIsAWarningAndSaveSendsTheOtherFields() throws Exception {
    // The reference documentation's own example holds recovery_frequency 30.
    cluster.setConfig(OcspField.RECOVERY_FREQUENCY, 30);
    await(vm.load());
    NumberField recovery = field(OcspField.RECOVERY_FREQUENCY);
    assertThat(recovery.textProperty().get()).isEqualTo("30");
    assertThat(recovery.messageProperty().get()).isNull();
    assertThat(recovery.warningProperty().get())
        .contains("The cluster holds 30 s")
        .contains("60\u201386,400 s")
        .contains("not sent unless you change it");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(form.summaryProperty().get())
        .doesNotContain("every 30 s")
        .contains("retries at the recovery frequency, 5 times,")
        .contains("Recovery frequency is left out: the cluster holds 30 s");

    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(vm.saveHintProperty().get()).isEqualTo("Save the changes to the cluster.");
    cluster.clearRequests();
    await(vm.save());
    RecordedRequest put =
        cluster.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.body()).isEqualTo("{\"query_frequency\":120}");
    assertThat(cluster.config().recoveryFrequency()).isEqualTo(30);
    assertThat(recovery.warningProperty().get()).contains("holds 30 s");
    assertThat(vm.bannerProperty().get()).isNull();
  }

  @Test
  void changingAnOutOfRangeValueBlocksSaveUntilTheNewValueIsValid() throws Exception {
    cluster.setConfig(OcspField.RECOVERY_FREQUENCY, 30);
    await(vm.load());
    NumberField recovery = field(OcspField.RECOVERY_FREQUENCY);
    recovery.textProperty().set("40");
    assertThat(recovery.messageProperty().get()).contains("Too small");
    assertThat(recovery.warningProperty().get()).isNull();
    assertThat(vm.canSaveProperty().get()).isFalse();
    recovery.textProperty().set("30");
    assertThat(recovery.messageProperty().get()).isNull();
    assertThat(recovery.warningProperty().get()).isNotNull();
    assertThat(form.dirtyProperty().get()).isFalse();
    recovery.textProperty().set("90");
    assertThat(recovery.warningProperty().get()).isNull();
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(form.update().changes()).containsOnlyKeys(OcspField.RECOVERY_FREQUENCY);
  }

  /** A second administrator, with a client of their own, changes the cluster. */
  private void anotherAdminSets(OcspField field, Object value) throws Exception {
    DemoSessions.admin(cluster)
        .client()
        .updateOcspConfig(org.ocspconsole.api.OcspUpdate.of(java.util.Map.of(field, value)))
        .get(20, TimeUnit.SECONDS);
  }

  private long puts() {
    return cluster.requests().stream().filter(r -> r.method().equals("PUT")).count();
  }

  @Test
  void aConflictingChangeIsShownWithItsThreeValuesAndKeepingTheirsSendsNothingForIt()
      throws Exception {
    java.util.List<ConflictCheck.Conflict> seen = new java.util.ArrayList<>();
    vm.setConflictResolver(
        (conflicts, name) -> {
          seen.addAll(conflicts);
          return CompletableFuture.completedFuture(
              Optional.of(
                  java.util.Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.THEIRS)));
        });
    field(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    field(OcspField.RESPONSE_TIMEOUT).textProperty().set("4");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 600);
    cluster.clearRequests();
    await(vm.save());
    assertThat(seen)
        .containsExactly(new ConflictCheck.Conflict(OcspField.QUERY_FREQUENCY, 3600, 600, 900));
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
    assertThat(cluster.config().responseTimeout()).isEqualTo(4);
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("600");
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void keepingTheirsForTheOnlyChangeSaysTheirValueWasKeptNotJustNothingToSend() throws Exception {
    vm.setConflictResolver(
        (conflicts, name) ->
            CompletableFuture.completedFuture(
                Optional.of(
                    java.util.Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.THEIRS))));
    field(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 600);
    cluster.clearRequests();
    await(vm.save());
    assertThat(puts()).isZero();
    assertThat(vm.confirmationProperty().get())
        .startsWith("Nothing to send: their value was kept for Query frequency (now 600 s");

    field(OcspField.QUERY_FREQUENCY).textProperty().set("1200");
    field(OcspField.RESPONSE_TIMEOUT).textProperty().set("4");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 700);
    await(vm.save());
    assertThat(vm.confirmationProperty().get())
        .startsWith("Saved 1 change; their value was kept for Query frequency (now 700 s");
  }

  @Test
  void keepingYoursOverwritesTheirsOnlyBecauseTheUserChoseTo() throws Exception {
    vm.setConflictResolver(
        (conflicts, name) ->
            CompletableFuture.completedFuture(
                Optional.of(
                    java.util.Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.YOURS))));
    field(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 600);
    await(vm.save());
    assertThat(cluster.config().queryFrequency()).isEqualTo(900);
  }

  @Test
  void cancellingAtTheConflictSendsNothingAndKeepsTheEdits() throws Exception {
    vm.setConflictResolver(
        (conflicts, name) -> CompletableFuture.completedFuture(Optional.empty()));
    field(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 600);
    cluster.clearRequests();
    await(vm.save());
    assertThat(puts()).isZero();
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("900");
    assertThat(vm.bannerProperty().get().title()).contains("changed by someone else");
    assertThat(vm.bannerProperty().get().text()).contains("Query frequency (now 600 s");
  }

  @Test
  void withoutAResolverAConflictIsNeverOverwritten() throws Exception {
    field(OcspField.RECOVERY_MAX_TRIES).textProperty().set("8");
    anotherAdminSets(OcspField.RECOVERY_MAX_TRIES, 3);
    cluster.clearRequests();
    await(vm.save());
    assertThat(puts()).isZero();
    assertThat(cluster.config().recoveryMaxTries()).isEqualTo(3);
  }

  @Test
  void aPutAnswerThatLeavesFieldsOutKeepsTheirValuesAndSaysSo() throws Exception {
    cluster.switches().putAnswerPartial(true);
    field(OcspField.QUERY_FREQUENCY).textProperty().set("120");
    await(vm.save());
    assertThat(cluster.config().queryFrequency()).isEqualTo(120);
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("120");
    assertThat(field(OcspField.RESPONSE_TIMEOUT).textProperty().get()).isEqualTo("1");
    assertThat(field(OcspField.RECOVERY_FREQUENCY).textProperty().get()).isEqualTo("60");
    assertThat(field(OcspField.RECOVERY_MAX_TRIES).textProperty().get()).isEqualTo("5");
    assertThat(form.loadedProperty().get().hasResponderUrl()).isTrue();
    assertThat(form.switchNoteProperty().get()).isNull();
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(vm.confirmationProperty().get()).startsWith("Saved 1 change");
    Banner banner = vm.bannerProperty().get();
    assertThat(banner.severity()).isEqualTo(Banner.Severity.INFO);
    assertThat(banner.title()).isEqualTo("The cluster's answer left out some settings");
    assertThat(banner.text())
        .contains(
            "did not include OCSP stapling, Response timeout, Recovery frequency, Recovery max"
                + " tries and Responder URL, so the form keeps the values read before the save.");
  }

  @Test
  void aFieldTheClusterAlreadyHoldsIsNotSentAndTheNoticeSaysSo() throws Exception {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("240");
    field(OcspField.RESPONSE_TIMEOUT).textProperty().set("5");
    anotherAdminSets(OcspField.QUERY_FREQUENCY, 240);
    cluster.clearRequests();
    await(vm.save());
    RecordedRequest put =
        cluster.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.body()).isEqualTo("{\"response_timeout\":5}");
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get().title()).isEqualTo("Already on the cluster");
    assertThat(vm.bannerProperty().get().text())
        .contains("Not sent again, because the cluster already held your value: Query frequency");
  }

  @Test
  void resavingAfterACancelledSaveWhosePutHadArrivedSendsNothingAgain() throws Exception {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("240");
    cluster.switches().latency(Duration.ofMillis(800));
    CompletableFuture<Void> saving = vm.save();
    // The PUT has reached the cluster, which applies it after the latency; the user cancels.
    waitUntil(() -> puts() == 1);
    vm.cancel();
    await(saving);
    assertThat(vm.bannerProperty().get().title()).isEqualTo("Cancelled");
    assertThat(vm.bannerProperty().get().text()).contains("saving again reads the settings first");
    assertThat(form.dirtyProperty().get()).isTrue();
    waitUntil(() -> cluster.config().queryFrequency() == 240);
    cluster.switches().latency(Duration.ZERO);
    cluster.clearRequests();

    await(vm.save());
    assertThat(puts()).isZero();
    assertThat(cluster.requests()).extracting(RecordedRequest::method).containsExactly("GET");
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(field(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("240");
    assertThat(vm.bannerProperty().get().title()).isEqualTo("Already on the cluster");
    assertThat(vm.bannerProperty().get().text()).contains("A save you cancelled had arrived");
    assertThat(vm.confirmationProperty().get()).startsWith("Nothing to send");
  }

  @Test
  void aChangeByOthersToAnotherFieldIsKeptAndReported() throws Exception {
    field(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    anotherAdminSets(OcspField.RECOVERY_FREQUENCY, 120);
    await(vm.save());
    assertThat(cluster.config().queryFrequency()).isEqualTo(900);
    assertThat(cluster.config().recoveryFrequency()).isEqualTo(120);
    assertThat(field(OcspField.RECOVERY_FREQUENCY).textProperty().get()).isEqualTo("120");
    assertThat(vm.bannerProperty().get().text()).contains("Recovery frequency (now 120 s");
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in time");
      }
      Thread.onSpinWait();
    }
  }
}
