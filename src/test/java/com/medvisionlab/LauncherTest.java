package com.medvisionlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static final int JAVA_17_CLASS_FILE = 61;

    @Test
    void the_launcher_is_compiled_for_java_17_so_older_jvms_can_run_its_check() throws Exception {
        try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class");
             DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            assertThat(data.readUnsignedShort()).isEqualTo(JAVA_17_CLASS_FILE);
        }
    }

    @Test
    void on_java_17_the_jar_says_it_needs_java_21_in_one_line_without_a_stack_trace() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        String classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process child = new ProcessBuilder(java17.toString(), "-cp", classes, Launcher.class.getName(), "dump", "x.dcm")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(output.strip()).startsWith("MedVision Lab needs Java 21 or newer; this is Java 17")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
