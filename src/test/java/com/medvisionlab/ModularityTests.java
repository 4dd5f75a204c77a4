package com.medvisionlab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The architecture as tests: Spring Modulith module boundaries plus ArchUnit layering rules. */
class ModularityTests {

    /**
     * The Spring modules. {@code dicom} (a plain-Java library every feature may use) and {@code cli} (the
     * command-line launcher that deliberately runs without Spring) stand outside the Spring module model;
     * the ArchUnit rules below guard them instead.
     */
    private static final ApplicationModules MODULES = ApplicationModules.of(
            MedVisionLabApplication.class, resideInAnyPackage("com.medvisionlab.dicom..", "com.medvisionlab.cli.."));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.medvisionlab");
    }

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    @Test
    void only_ui_code_and_configuration_depend_on_ui_code() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void domain_types_depend_on_no_service_or_repository() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .areNotMetaAnnotatedWith(Component.class)
                .and()
                .areNotAssignableTo(Repository.class)
                .and()
                .resideOutsideOfPackage("com.medvisionlab.cli..")
                .should()
                .dependOnClassesThat()
                .areMetaAnnotatedWith(Service.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_ui() {
        noClasses()
                .that()
                .areMetaAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_transactional_classes() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .onlyHaveDependentClassesThat()
                .areAnnotatedWith(Transactional.class)
                .check(classes);
    }

    /** Null-safety is declared once per package (JSpecify), so a missing package-info cannot go unnoticed. */
    @Test
    void every_package_declares_its_null_safety() {
        var unmarked = classes.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(pkg -> !pkg.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .sorted()
                .toList();
        assertThat(unmarked).isEmpty();
    }

    @Test
    void dicom_code_is_plain_java_without_spring_vaadin_or_jackson() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.dicom..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void dicom_code_depends_on_nothing_else_of_the_portal() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.dicom..")
                .should()
                .dependOnClassesThat(portalOutside("com.medvisionlab.dicom.."))
                .check(classes);
    }

    @Test
    void dicom_subpackages_have_no_cycles() {
        slices().matching("com.medvisionlab.dicom.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /** The engine runs in the CLI as well as in the portal: plain Java, no web framework. */
    @Test
    void de_identification_runs_without_spring_or_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.deid..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void de_identification_subpackages_have_no_cycles() {
        slices().matching("com.medvisionlab.deid.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /** The tables, the consistency keys, free-text cleaning and the report are the engine's parts, not its users. */
    @Test
    void profile_consistency_freetext_and_report_do_not_depend_on_the_engine_package() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.medvisionlab.deid.profile..",
                        "com.medvisionlab.deid.consistency..",
                        "com.medvisionlab.deid.freetext..",
                        "com.medvisionlab.deid.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.medvisionlab.deid")
                .check(classes);
    }

    /** DICOM frames and photos both call the one burned-in text pipeline; it knows neither. */
    @Test
    void the_pixel_pipeline_depends_on_neither_its_dicom_nor_its_photo_callers() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.deid.pixels..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.medvisionlab.deid.photo..",
                        "com.medvisionlab.deid.dicompixels..",
                        "com.medvisionlab.dicom..")
                .check(classes);
    }

    @Test
    void storage_is_plain_java_except_its_spring_configuration() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.storage..")
                .and()
                .resideOutsideOfPackage("com.medvisionlab.storage.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .orShould()
                .dependOnClassesThat(portalOutside("com.medvisionlab.storage.."))
                .check(classes);
    }

    @Test
    void cli_uses_only_the_dicom_library_de_identification_and_storage_never_the_portal() {
        noClasses()
                .that()
                .resideInAPackage("com.medvisionlab.cli..")
                .should()
                .dependOnClassesThat(portalOutside(
                        "com.medvisionlab.cli..",
                        "com.medvisionlab.dicom..",
                        "com.medvisionlab.deid..",
                        "com.medvisionlab.storage"))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(classes);
    }

    /** Classes of the portal outside the given packages: what a library-like package must not reach. */
    private static DescribedPredicate<JavaClass> portalOutside(String... allowed) {
        return are(resideInAnyPackage("com.medvisionlab..").and(not(resideInAnyPackage(allowed))));
    }
}
