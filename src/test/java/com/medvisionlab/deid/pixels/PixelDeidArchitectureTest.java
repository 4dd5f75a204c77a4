package com.medvisionlab.deid.pixels;

import java.nio.file.Path;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PixelDeidArchitectureTest {

    private final JavaClasses classes = importOurClassesOnly();

    /**
     * Reads only our compiled classes and does not resolve the (huge) OpenCV/Tesseract classes they reference:
     * names of dependencies are all the rules need, and resolving them takes ~20 s. The global switch is restored.
     */
    private static JavaClasses importOurClassesOnly() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().importPaths(Path.of("target/classes/com/medvisionlab/deid/pixels"),
                    Path.of("target/classes/com/medvisionlab/deid/photo"));
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void pixel_and_photo_deidentification_run_without_spring_or_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    /** DICOM frames and photos both call the one pipeline here; it knows neither. */
    @Test
    void pixel_code_depends_on_neither_its_dicom_nor_its_photo_callers() {
        noClasses().that().resideInAPackage("com.medvisionlab.deid.pixels..")
                .should().dependOnClassesThat().resideInAnyPackage("com.medvisionlab.deid.photo..",
                        "com.medvisionlab.deid.dicompixels..", "com.medvisionlab.dicom..")
                .check(classes);
    }
}
