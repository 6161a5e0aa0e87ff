package org.ocspconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.fx.FxThread;

/**
 * One way onto the FX thread ({@link FxThread}), one executor off it ({@code platform.Worker},
 * passed in so tests can swap it): the bypasses the view-models once used fail the build.
 */
class OneWayOffTheFxThreadTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = ProductClasses.get();
  }

  @Test
  void onlyFxThreadCallsRunLater() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(FxThread.class.getName())
        .should()
        .callMethod(Platform.class, "runLater", Runnable.class)
        .because("results come back through fx.FxThread, the one FX executor")
        .check(classes);
  }

  @Test
  void nothingRunsOnTheCommonPool() {
    noClasses()
        .should()
        .callMethod(ForkJoinPool.class, "commonPool")
        .orShould()
        .callMethod(CompletableFuture.class, "supplyAsync", Supplier.class)
        .orShould()
        .callMethod(CompletableFuture.class, "runAsync", Runnable.class)
        .because(
            "work leaves the FX thread on an executor that is passed in (platform.Worker in the"
                + " application), so a test can swap it; the common pool has one thread on two cores")
        .check(classes);
  }

  @Test
  void threadsAreMadeOnlyByTheWorkerAndTheStapleCheckEngine() {
    noClasses()
        .that()
        // The staple check and the command line bound their own pools (8 endpoints, a fleet's
        // clusters at a time) and run without the toolkit.
        .resideOutsideOfPackages(
            "org.ocspconsole.platform..", "org.ocspconsole.stapling..", "org.ocspconsole.cli..")
        // The demo cluster is a server of its own with its own accept and endpoint threads.
        .and()
        .resideOutsideOfPackage("org.ocspconsole.demo..")
        .should()
        .callConstructor(Thread.class, Runnable.class)
        .orShould()
        .callConstructor(Thread.class, Runnable.class, String.class)
        .orShould()
        .callConstructor(Thread.class, String.class)
        .orShould()
        .beAssignableTo(Thread.class)
        .because("a raw thread bypasses the one worker")
        .check(classes);
  }
}
