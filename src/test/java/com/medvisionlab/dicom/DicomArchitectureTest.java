package com.medvisionlab.dicom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The DICOM core is plain Java, and its packages depend on each other in one direction only. */
class DicomArchitectureTest {

    private static final JavaClasses DICOM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.medvisionlab.dicom");

    @Test
    void dicom_packages_use_no_spring_vaadin_or_jackson() {
        noClasses().that().resideInAPackage("com.medvisionlab.dicom..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "tools.jackson..",
                        "com.fasterxml..")
                .check(DICOM);
    }

    @Test
    void dicom_packages_have_no_cycles() {
        slices().matching("com.medvisionlab.dicom.(*)..").should().beFreeOfCycles().check(DICOM);
    }
}
