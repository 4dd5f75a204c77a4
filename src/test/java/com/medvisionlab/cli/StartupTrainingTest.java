package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {

    @TempDir
    Path work;

    @Test
    void the_training_workload_runs_every_command_on_synthetic_slices_inside_its_own_directory() throws Exception {
        int exit = StartupTraining.train(work);

        assertThat(exit).isZero();
        try (Stream<Path> out = Files.list(work.resolve("out"))) {
            assertThat(out.count()).isEqualTo(StartupTraining.SLICES);
        }
        assertThat(work.resolve("slice.png")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("report.json"))).containsPattern("\"filesQuarantined\":\\s*0,");
        try (Stream<Path> mappings = Files.list(work.resolve("mappings"))) {
            assertThat(mappings.count()).as("its own mapping store").isPositive();
        }
    }

    @Test
    void the_synthetic_slices_carry_the_identifiers_the_de_identification_must_remove() throws Exception {
        SyntheticCtSlices.write(work.resolve("in"), 2);

        byte[] slice = Files.readAllBytes(work.resolve("in/slice0002.dcm"));
        String text = new String(slice, java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(slice.length).isGreaterThan(512 * 512 * 2);
        assertThat(text).contains("SMITH^JOHNA").contains("MRN900000").contains("Riverside General Hospital");
        assertThat(Files.readString(work.resolve("in/slice0002.dcm"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("DICM");
    }
}
