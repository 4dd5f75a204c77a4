package com.medvisionlab.deid.pixels;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PixelDeidArchitectureTest {

    /** Our compiled classes only: scanning the whole classpath for the packages takes ~25 s. */
    private final JavaClasses classes = new ClassFileImporter().importPaths(
            Path.of("target/classes/com/medvisionlab/deid/pixels"), Path.of("target/classes/com/medvisionlab/deid/photo"));

    @Test
    void pixel_and_photo_deidentification_run_without_spring_or_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void pixel_code_does_not_depend_on_the_photo_package() {
        noClasses().that().resideInAPackage("com.medvisionlab.deid.pixels..")
                .should().dependOnClassesThat().resideInAPackage("com.medvisionlab.deid.photo..")
                .check(classes);
    }
}
