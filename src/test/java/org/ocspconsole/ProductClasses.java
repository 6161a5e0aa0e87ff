package org.ocspconsole;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled production classes, imported once for every architecture test of a run. */
final class ProductClasses {
  static final String ROOT = "org.ocspconsole";

  private static JavaClasses classes;

  private ProductClasses() {}

  static synchronized JavaClasses get() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages(ROOT);
    }
    return classes;
  }
}
