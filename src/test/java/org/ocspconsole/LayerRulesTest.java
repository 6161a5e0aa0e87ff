package org.ocspconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer table of the design notes, checked on the compiled production classes so a wrong import
 * fails the build rather than a review. Any package not named below counts as a feature package, so
 * a new feature is covered the day it lands.
 */
class LayerRulesTest {
  private static final String ROOT = "org.ocspconsole";

  /**
   * JavaFX-free layers the features build on; none of them knows a feature. {@code fleet} is the
   * engine the fleet window and the command line share: reads, drift, a change applied to many.
   * {@code profiles} holds the saved profiles, their file and the credential store, which the
   * connection screen and the command line both use.
   */
  private static final Set<String> FOUNDATION =
      Set.of("api", "pki", "log", "platform", "session", "stapling", "fleet", "profiles");

  /**
   * Everything that is not a feature: the foundation, the shared JavaFX pieces, shell, demo and the
   * command line.
   */
  private static final Set<String> NOT_FEATURES =
      union(FOUNDATION, Set.of("fx", "app", "demo", "cli"));

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = ProductClasses.get();
  }

  @Test
  void apiImportsNoJavaFxAndNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage(pkg("api"))
        .should()
        .dependOnClassesThat(
            resideOutsideOf("api", "pki", "log", "platform").and(inOurCode()).or(javaFx()))
        .because("api holds records, the HTTP client, typed errors and trust: no JavaFX at all")
        .check(classes);
  }

  @Test
  void theJavaFxFreeLayersStayFreeOfJavaFx() {
    for (String layer : union(FOUNDATION, Set.of("demo"))) {
      noClasses()
          .that()
          .resideInAPackage(pkg(layer))
          .should()
          .dependOnClassesThat(javaFx())
          .because("the command line and the demo cluster must run without the toolkit")
          .check(classes);
    }
  }

  @Test
  void theCommandLineNeverReachesJavaFx() {
    // Transitively: the profiles and field rules it borrows from feature packages must be free of
    // JavaFX too, all the way down, or `ocsp-console check` would load the toolkit.
    noClasses()
        .that()
        .resideInAPackage(pkg("cli"))
        .should()
        .transitivelyDependOnClassesThat(javaFx())
        .because("the command line runs without a window and must not load JavaFX at all")
        .check(classes);
  }

  @Test
  void theCommandLineImportsNoFeaturePackage() {
    // What the window and the command line both need lives in a JavaFX-free lower layer
    // (profiles, api, fleet, stapling), never borrowed from a feature: a feature may grow a
    // JavaFX import any day, and the command line would then load the toolkit.
    noClasses()
        .that()
        .resideInAPackage(pkg("cli"))
        .should()
        .dependOnClassesThat(inAnyOf(union(features(), Set.of("app", "fx"))))
        .because(
            "the command line builds on the JavaFX-free layers only, not on a window's feature")
        .check(classes);
  }

  @Test
  void onlyTheLauncherStartsTheCommandLineAndTheWindowNeverLoadsItsParser() {
    noClasses()
        .that()
        .resideOutsideOfPackages(pkg("app"), pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("cli"))
        .because("the command line is a way in, like the window: nothing else uses it")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage(pkg("cli"))
        .or()
        .haveFullyQualifiedName(ROOT + ".cli.Subcommands")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("the window's start-up must not pay for the command line's parser")
        .check(classes);
  }

  @Test
  void lowerLayersImportNoFeatureNorTheShellNorTheDemo() {
    for (String layer : union(FOUNDATION, Set.of("fx"))) {
      noClasses()
          .that()
          .resideInAPackage(pkg(layer))
          .should()
          .dependOnClassesThat(inAnyOf(union(features(), Set.of("app", "demo"))))
          .because(layer + " sits below the features: nothing below imports from above")
          .check(classes);
    }
  }

  @Test
  void featuresDoNotImportEachOther() {
    // No documented exceptions today: a piece two features share moves down to fx or session.
    for (String feature : features()) {
      Set<String> others = new TreeSet<>(features());
      others.remove(feature);
      noClasses()
          .that()
          .resideInAPackage(pkg(feature))
          .should()
          .dependOnClassesThat(inAnyOf(union(others, Set.of("app", "demo"))))
          .because("a feature talks to others only through the shell (app) or a lower layer")
          .check(classes);
    }
  }

  @Test
  void theDemoClusterUsesOnlyApiRecordsAndPki() {
    noClasses()
        .that()
        .resideInAPackage(pkg("demo"))
        .should()
        .dependOnClassesThat(resideOutsideOf("demo", "api", "pki", "log").and(inOurCode()))
        // log: the demo's request log masks secrets with the same Redaction the console uses.
        .because("the demo cluster is a server of its own and shares only records with api")
        .check(classes);
  }

  @Test
  void onlyTheShellImportsTheShell() {
    noClasses()
        .that()
        .resideOutsideOfPackage(pkg("app"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("app"))
        .because("app wires everything and may import everything; nothing imports app")
        .check(classes);
  }

  /** Every package directly under the root that is not a known lower layer, shell or demo. */
  private static Set<String> features() {
    Set<String> found = new TreeSet<>();
    for (JavaClass type : classes) {
      String name = type.getPackageName();
      if (name.startsWith(ROOT + ".")) {
        String top = name.substring(ROOT.length() + 1).split("\\.")[0];
        if (!NOT_FEATURES.contains(top)) {
          found.add(top);
        }
      }
    }
    return found;
  }

  private static String pkg(String layer) {
    return ROOT + "." + layer + "..";
  }

  private static DescribedPredicate<JavaClass> javaFx() {
    return JavaClass.Predicates.resideInAPackage("javafx..");
  }

  private static DescribedPredicate<JavaClass> inOurCode() {
    return JavaClass.Predicates.resideInAPackage(ROOT + "..");
  }

  private static DescribedPredicate<JavaClass> inAnyOf(Set<String> layers) {
    return JavaClass.Predicates.resideInAnyPackage(
        layers.stream().map(LayerRulesTest::pkg).toArray(String[]::new));
  }

  private static DescribedPredicate<JavaClass> resideOutsideOf(String... layers) {
    return JavaClass.Predicates.resideOutsideOfPackages(
        Set.of(layers).stream().map(LayerRulesTest::pkg).toArray(String[]::new));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
