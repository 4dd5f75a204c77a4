package com.medvisionlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.cli.CommandLine;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private static final int JAVA_17_CLASS_FILE = 61;

    @Test
    void the_launcher_classes_are_compiled_for_java_17_so_older_jvms_can_run_its_check() throws Exception {
        for (Class<?> type :
                List.of(Launcher.class, CliJvm.class, CliLauncher.class, CliCache.class, CliLibraries.class)) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
                    DataInputStream data = new DataInputStream(in)) {
                data.readInt(); // magic
                data.readUnsignedShort(); // minor
                assertThat(data.readUnsignedShort()).as(type.getName()).isEqualTo(JAVA_17_CLASS_FILE);
            }
        }
    }

    @Test
    void on_java_17_the_jar_says_it_needs_java_21_in_one_line_without_a_stack_trace() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        String classes = Path.of(Launcher.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        Process child = new ProcessBuilder(java17.toString(), "-cp", classes, Launcher.class.getName(), "dump", "x.dcm")
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(output.strip())
                .startsWith("MedVision Lab needs Java 21 or newer; this is Java 17")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void the_launcher_sends_exactly_the_cli_entry_words_to_the_command_line_tools() {
        assertThat(Launcher.CLI_VERBS).containsExactlyInAnyOrderElementsOf(CommandLine.entryWords());
        for (String option : List.of("--server.port=8081", "--spring.profiles.active=x", "--debug")) {
            assertThat(CommandLine.handles(new String[] {option})).as(option).isFalse();
        }
        for (String mistyped : List.of("serve", "DEID", "dupm")) {
            assertThat(CommandLine.handles(new String[] {mistyped}))
                    .as(mistyped)
                    .isTrue();
        }
    }

    @Test
    void the_tuned_jvm_silences_the_native_library_warnings_only_on_jdks_that_have_them() {
        assertThat(CliJvm.quietNativeLibraries(21)).isEmpty();
        assertThat(CliJvm.quietNativeLibraries(22)).containsExactly("--enable-native-access=ALL-UNNAMED");
        assertThat(CliJvm.quietNativeLibraries(25))
                .containsExactly("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void the_tuned_jvm_gets_our_flags_then_the_users_options_then_the_same_jar_and_arguments() {
        CliJvm jvm = new CliJvm(
                "/opt/jdk/bin/java",
                Path.of("/apps/medvision.jar"),
                CliJvm.optionsBeforeJar(List.of(
                        "-Xmx2g", "-XX:TieredStopAtLevel=4", "-jar", "/apps/medvision.jar", "deid", "in", "out")),
                Optional.empty());

        List<String> command = jvm.command(new String[] {"deid", "in", "out"});

        assertThat(command.getFirst()).isEqualTo("/opt/jdk/bin/java");
        assertThat(command)
                .containsSubsequence(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx2g",
                        "-XX:TieredStopAtLevel=4",
                        "-Dmedvision.cli.jvm=tuned",
                        "-cp",
                        "/apps/medvision.jar",
                        CliLauncher.class.getName(),
                        "deid",
                        "in",
                        "out");
        assertThat(command.subList(command.size() - 3, command.size())).containsExactly("deid", "in", "out");
    }

    @Test
    void every_library_the_command_line_tools_refer_to_is_on_their_reduced_class_path() throws Exception {
        // storage.config is the portal's Spring wiring of storage, which the tools never load
        JavaClasses tools = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/com/medvisionlab/storage/config/"))
                .importPackages(
                        "com.medvisionlab.cli",
                        "com.medvisionlab.dicom",
                        "com.medvisionlab.deid",
                        "com.medvisionlab.storage");
        Set<String> jars = new TreeSet<>();
        for (JavaClass type : tools) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                jarOf(dependency.getTargetClass().getName()).ifPresent(jars::add);
            }
        }
        assertThat(jars)
                .as("jars the tools use")
                .isNotEmpty()
                .allSatisfy(
                        jar -> assertThat(CliLibraries.includes(jar)).as(jar).isTrue());
        assertThat(CliLibraries.includes("spring-core-7.0.1.jar")).isFalse();
        assertThat(CliLibraries.includes("jackson-core-2.22.1.jar")).isFalse();
    }

    /** The jar file a class comes from, if not from the JDK or a classes directory. */
    private static Optional<String> jarOf(String className) {
        try {
            CodeSource source = Class.forName(className, false, LauncherTest.class.getClassLoader())
                    .getProtectionDomain()
                    .getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            String name = Path.of(source.getLocation().toURI()).getFileName().toString();
            return name.endsWith(".jar") ? Optional.of(name) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError | java.net.URISyntaxException e) {
            return Optional.empty(); // arrays, primitives, optional annotations
        }
    }

    @Test
    void a_proc_cmdline_is_split_at_nul_bytes_and_loses_its_executable() {
        byte[] cmdline = "/usr/bin/java\0-Xmx1g\0-Dname=\u5f20\u4f1f\0-jar\0/a b/app.jar\0deid\0"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CliJvm.cmdlineArguments(cmdline, StandardCharsets.UTF_8))
                .containsExactly("-Xmx1g", "-Dname=\u5f20\u4f1f", "-jar", "/a b/app.jar", "deid");
        assertThat(CliJvm.cmdlineArguments(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void only_options_before_dash_jar_are_jvm_options() {
        assertThat(CliJvm.optionsBeforeJar(List.of("-Dx=1", "-jar", "a.jar", "-Dnot=jvm")))
                .containsExactly("-Dx=1");
        assertThat(CliJvm.optionsBeforeJar(List.of("-cp", "a.jar", "Main"))).isEmpty();
    }

    @Test
    void the_tuned_jvm_does_not_start_another_one_and_tests_run_from_classes_not_a_jar() {
        // Here the launcher is loaded from a classes directory: there is no jar to start again.
        assertThat(CliJvm.forThisProcess()).isEmpty();
    }
}
