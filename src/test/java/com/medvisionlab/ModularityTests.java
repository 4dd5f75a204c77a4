package com.medvisionlab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    private static final ApplicationModules MODULES = ApplicationModules.of(MedVisionLabApplication.class,
            resideInAnyPackage("com.medvisionlab.dicom..", "com.medvisionlab.cli.."));
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.medvisionlab");
    }

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    void only_ui_code_and_configuration_depend_on_ui_code() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void domain_types_depend_on_no_service_or_repository() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotMetaAnnotatedWith(Component.class)
                .and().areNotAssignableTo(Repository.class)
                .and().resideOutsideOfPackage("com.medvisionlab.cli..")
                .should().dependOnClassesThat().areMetaAnnotatedWith(Service.class)
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_ui() {
        noClasses().that().areMetaAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_transactional_classes() {
        classes().that().areAssignableTo(Repository.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void dicom_code_is_plain_java_without_spring() {
        noClasses().that().resideInAPackage("com.medvisionlab.dicom..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dicom_code_depends_on_nothing_else_of_the_portal() {
        noClasses().that().resideInAPackage("com.medvisionlab.dicom..")
                .should().dependOnClassesThat(are(resideInAnyPackage("com.medvisionlab..")
                        .and(not(resideInAnyPackage("com.medvisionlab.dicom..")))))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dicom_subpackages_have_no_cycles() {
        slices().matching("com.medvisionlab.dicom.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void storage_is_plain_java_except_its_spring_configuration() {
        noClasses().that().resideInAPackage("com.medvisionlab.storage..")
                .and().resideOutsideOfPackage("com.medvisionlab.storage.config..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .orShould().dependOnClassesThat(are(resideInAnyPackage("com.medvisionlab..")
                        .and(not(resideInAnyPackage("com.medvisionlab.storage..")))))
                .check(classes);
    }

    @Test
    void cli_uses_only_the_dicom_library_de_identification_and_storage_never_the_portal() {
        noClasses().that().resideInAPackage("com.medvisionlab.cli..")
                .should().dependOnClassesThat(are(resideInAnyPackage("com.medvisionlab..")
                        .and(not(resideInAnyPackage("com.medvisionlab.cli..", "com.medvisionlab.dicom..",
                                "com.medvisionlab.deid..", "com.medvisionlab.storage")))))
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
