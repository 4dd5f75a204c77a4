package com.medvisionlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tools as users start them: {@code java -jar} on the packaged jar, so through the root launcher,
 * the tuned second JVM and the unpacked class path with its AOT cache (in a cache home of this class, not the user's). Each command touches one group of libraries the reduced class
 * path must contain (TwelveMonkeys JPEG, JAI JPEG 2000, FFmpeg for JPEG-LS, Tesseract and OpenCV for burned-in text).
 */
class CliJarIT {

    private static final Path SAMPLES = Path.of("../shared/testdata/dicom");
    private static Path jar;

    @TempDir
    static Path cacheHome;

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("medvision-lab-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElse(null);
        }
        assumeTrue(jar != null, "no packaged jar in target/");
    }

    private Run java(String... args) throws Exception {
        return java(Map.of(), args);
    }

    private Run java(Map<String, String> environment, String... args) throws Exception {
        return java(environment, List.of(), args);
    }

    private Run java(Map<String, String> environment, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put(CliCache.CACHE_HOME_VARIABLE, cacheHome.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void renders_jpeg_lossless_jpeg_2000_and_jpeg_ls_images_from_the_jar() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        for (String sample :
                List.of("JPEG-lossless-SV1_CT.dcm", "JPEG2000_CT1_J2KI.dcm", "JPEG-LS-lossless_MR_small.dcm")) {
            Path png = tmp.resolve(sample + ".png");
            Run run =
                    java("render", SAMPLES.resolve("compressed").resolve(sample).toString(), "--out", png.toString());
            assertThat(run.exit()).as(sample + ": " + run.err()).isZero();
            assertThat(png).isNotEmptyFile();
        }
    }

    @Test
    void de_identifies_with_burned_in_text_blanked_and_propagates_exit_code_1_for_quarantined_files() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(SAMPLES.resolve("CT_small.dcm"), in.resolve("ct.dcm"));
        Files.copy(SAMPLES.resolve("burned-in/US-YBR_FULL-RLE.dcm"), in.resolve("us.dcm"));
        Files.write(in.resolve("broken.dcm"), brokenDicom());
        Files.writeString(tmp.resolve("secret"), "a-secret-for-the-jar-test-0123456789");

        Run run = java(
                "deid",
                in.toString(),
                tmp.resolve("out").toString(),
                "--secret-file",
                tmp.resolve("secret").toString(),
                "--mapping-dir",
                tmp.resolve("map").toString(),
                "--report",
                tmp.resolve("report.json").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(tmp.resolve("out/ct.dcm")).isNotEmptyFile();
        assertThat(tmp.resolve("out/us.dcm")).isNotEmptyFile();
        assertThat(tmp.resolve("out-quarantine/broken.dcm.reason.txt")).isNotEmptyFile();
        String report = Files.readString(tmp.resolve("report.json"));
        assertThat(report)
                .containsPattern("\"filesOut\":\\s*2,")
                .containsPattern("\"filesQuarantined\":\\s*1,")
                .containsPattern("\"boxesRedacted\":\\s*[1-9]");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        // JavaCPP's JNI loading and sun.misc.Unsafe use made the JDK print four warnings on every command
        assertThat(run.err()).doesNotContain("WARNING");
    }

    @Test
    void a_usage_error_exits_2_with_a_message_and_no_stack_trace() throws Exception {
        Run run = java("deid");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("deid").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void an_unknown_command_says_so_and_exits_2_instead_of_starting_the_portal() throws Exception {
        Run run = java("frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: unknown command 'frobnicate'").doesNotContain("Spring");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void without_the_second_jvm_the_tools_run_in_the_first_one() throws Exception {
        Run run = java(Map.of(CliJvm.FORK_VARIABLE, "false"), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("MedVision Lab");
    }

    @Test
    void the_first_run_prepares_the_start_up_cache_once_and_later_runs_load_the_tools_from_it() throws Exception {
        assumeTrue(Runtime.version().feature() >= CliCache.AOT_JAVA, "no AOT cache before Java 25");
        Path ownHome = tmp.resolve("cache-home");
        Map<String, String> environment = Map.of(CliCache.CACHE_HOME_VARIABLE, ownHome.toString());

        Run first = java(environment, "--version");
        Run second =
                java(environment, List.of("-Xlog:class+load=info:file=" + tmp.resolve("load-%p.log")), "--version");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo(second.out().strip()).startsWith("MedVision Lab");
        assertThat(first.err()).contains("Preparing the command-line tools for a fast start");
        assertThat(second.err()).isEmpty();
        List<Path> caches;
        try (Stream<Path> dirs = Files.list(ownHome.resolve("medvision/cli"))) {
            caches = dirs.toList();
        }
        assertThat(caches).hasSize(1);
        assertThat(caches.getFirst().resolve(CliCache.AOT_FILE)).isNotEmptyFile();
        assertThat(caches.getFirst().resolve(CliCache.AOT_FAILED_FILE)).doesNotExist();
        // one log per JVM; the second JVM found the tools' entry class in the AOT cache, not in a jar
        String logs;
        try (Stream<Path> files = Files.list(tmp)) {
            logs = files.filter(p -> p.getFileName().toString().startsWith("load-"))
                    .map(CliJarIT::read)
                    .reduce("", String::concat);
        }
        assertThat(logs).containsPattern("com\\.medvisionlab\\.cli\\.CommandLine source: shared objects file");
    }

    @Test
    void a_damaged_aot_cache_costs_only_speed_and_puts_nothing_on_stdout_or_stderr() throws Exception {
        assumeTrue(Runtime.version().feature() >= CliCache.AOT_JAVA, "no AOT cache before Java 25");
        Path ownHome = tmp.resolve("damaged-home");
        Map<String, String> environment = Map.of(CliCache.CACHE_HOME_VARIABLE, ownHome.toString());
        assertThat(java(environment, "--version").exit()).isZero();
        Path cache;
        try (Stream<Path> dirs = Files.list(ownHome.resolve("medvision/cli"))) {
            cache = dirs.findFirst().orElseThrow().resolve(CliCache.AOT_FILE);
        }
        byte[] start = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(start, 4096)); // truncated: the JVM cannot map it

        Run run = java(environment, "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).startsWith("MedVision Lab").doesNotContain("[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void without_the_unpacked_copy_the_tools_run_from_the_jar() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        Run run = java(
                Map.of(CliJvm.CACHE_VARIABLE, "false"),
                "dump",
                SAMPLES.resolve("CT_small.dcm").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("(0010,0010)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "DICM" then an element whose length runs past the end of the file. */
    private static byte[] brokenDicom() {
        byte[] bytes = new byte[140];
        bytes[128] = 'D';
        bytes[129] = 'I';
        bytes[130] = 'C';
        bytes[131] = 'M';
        byte[] element = {0x02, 0x00, 0x10, 0x00, 'U', 'I', (byte) 0xFF, 0x7F};
        System.arraycopy(element, 0, bytes, 132, element.length);
        return bytes;
    }
}
