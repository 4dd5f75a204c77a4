package com.medvisionlab.deid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class DeidArchitectureTest {

    /** The engine's compiled classes only (the whole classpath would take long to scan). */
    private final JavaClasses engine = new ClassFileImporter().importPath(Path.of("target/classes/com/medvisionlab/deid"));

    @Test
    void the_engine_runs_without_spring_or_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(engine);
    }

    @Test
    void profile_consistency_freetext_and_report_do_not_depend_on_the_engine_package() {
        noClasses().that().resideInAnyPackage("com.medvisionlab.deid.profile..", "com.medvisionlab.deid.consistency..",
                        "com.medvisionlab.deid.freetext..", "com.medvisionlab.deid.report..")
                .should().dependOnClassesThat().resideInAPackage("com.medvisionlab.deid")
                .check(engine);
    }
}
