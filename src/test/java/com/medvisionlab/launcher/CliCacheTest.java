package com.medvisionlab.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCacheTest {

    private static final byte[] CLASS_BYTES =
            "not really a class, but bytes to compare".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIBRARY_BYTES = "a nested jar's bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    /** A Spring Boot-like jar: classes deflated under BOOT-INF/classes, nested jars stored under BOOT-INF/lib. */
    private Path bootJar(String name) throws IOException {
        Path jar = tmp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("BOOT-INF/classes/"));
            out.putNextEntry(new ZipEntry("BOOT-INF/classes/com/example/Tool.class"));
            out.write(CLASS_BYTES);
            out.putNextEntry(new ZipEntry("BOOT-INF/classes/messages.properties"));
            out.write("cli.x=y".getBytes(StandardCharsets.UTF_8));
            for (String library : List.of("spring-core-7.0.1.jar", "imageio-jpeg-3.14.0.jar", "common-io-3.14.0.jar")) {
                stored(out, "BOOT-INF/lib/" + library, LIBRARY_BYTES);
            }
            out.putNextEntry(new ZipEntry("com/medvisionlab/launcher/Launcher.class"));
            out.write(1);
        }
        return jar;
    }

    private static void stored(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
    }

    private static List<Path> entries(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of).toList();
    }

    @Test
    void unpacks_the_application_classes_into_one_uncompressed_jar_and_only_the_tools_libraries() throws Exception {
        Path dir = tmp.resolve("cache/medvision-1");
        CliCache cache = new CliCache(dir, bootJar("app.jar"));

        List<Path> classPath = entries(cache.classPath().orElseThrow());

        assertThat(classPath)
                .containsExactly(
                        dir.resolve("lib/app.jar"),
                        dir.resolve("lib/common-io-3.14.0.jar"),
                        dir.resolve("lib/imageio-jpeg-3.14.0.jar"));
        assertThat(dir.resolve("lib/imageio-jpeg-3.14.0.jar")).hasBinaryContent(LIBRARY_BYTES);
        try (JarFile classes = new JarFile(classPath.getFirst().toFile())) {
            ZipEntry tool = classes.getEntry("com/example/Tool.class");
            assertThat(tool.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(classes.getInputStream(tool).readAllBytes()).isEqualTo(CLASS_BYTES);
            assertThat(classes.getEntry("messages.properties")).isNotNull();
            assertThat(classes.getEntry("com/medvisionlab/launcher/Launcher.class"))
                    .isNull();
        }
        try (var left = Files.list(dir.getParent())) {
            assertThat(left.toList()).as("no staging directory left behind").containsExactly(dir);
        }
    }

    @Test
    void a_complete_copy_is_used_as_it_is_and_an_incomplete_one_is_unpacked_again() throws Exception {
        Path dir = tmp.resolve("cache/medvision-1");
        CliCache cache = new CliCache(dir, bootJar("app.jar"));
        String first = cache.classPath().orElseThrow();
        Path mark = Files.writeString(dir.resolve("mark"), "still here");

        assertThat(cache.classPath()).contains(first);
        assertThat(mark).exists();

        Files.delete(dir.resolve("lib/common-io-3.14.0.jar"));
        assertThat(cache.classPath()).contains(first);
        assertThat(dir.resolve("lib/common-io-3.14.0.jar")).hasBinaryContent(LIBRARY_BYTES);
        assertThat(mark).doesNotExist();
    }

    @Test
    void a_rebuilt_jar_replaces_the_copy_of_its_earlier_build_but_other_jars_keep_theirs() throws Exception {
        Path jar = bootJar("app.jar");
        Path other = bootJar("other.jar");
        Path root = tmp.resolve("cache");
        new CliCache(root.resolve("app-old"), jar).classPath().orElseThrow();
        new CliCache(root.resolve("other-1"), other).classPath().orElseThrow();

        new CliCache(root.resolve("app-new"), jar).classPath().orElseThrow();

        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("app-new", "other-1");
        }
        Files.delete(other);
        new CliCache(root.resolve("app-newer"), jar).classPath().orElseThrow();
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .as("the other jar is gone")
                    .containsExactly("app-newer");
        }
    }

    @Test
    void the_tuned_jvm_starts_the_tools_from_the_unpacked_copy_and_its_aot_cache_with_jvm_notes_off_stdout()
            throws Exception {
        assumeTrue(Runtime.version().feature() >= CliCache.AOT_JAVA, "no AOT cache before Java 25");
        Path jar = bootJar("app.jar");
        CliCache cache = new CliCache(tmp.resolve("cache/app-1"), jar);
        String classPath = cache.classPath().orElseThrow();
        Files.writeString(cache.dir().resolve(CliCache.AOT_FILE), "trained");
        CliJvm jvm = new CliJvm("/opt/jdk/bin/java", jar, List.of("-Xmx2g"), Optional.of(cache));

        List<String> command = jvm.command(new String[] {"dump", "x.dcm"});

        assertThat(command)
                .containsSubsequence(
                        "/opt/jdk/bin/java",
                        "-XX:TieredStopAtLevel=1",
                        "-Xlog:disable",
                        "-Xlog:all=warning:stderr",
                        "-XX:AOTCache=" + cache.dir().resolve(CliCache.AOT_FILE),
                        "-Xmx2g",
                        "-cp",
                        classPath,
                        CliLauncher.CLI_MAIN,
                        "dump",
                        "x.dcm");
        assertThat(command).doesNotContain(jar.toString());
    }

    @Test
    void a_jar_that_cannot_be_read_gives_no_class_path_and_leaves_nothing_behind() throws Exception {
        Path notAJar = Files.writeString(tmp.resolve("broken.jar"), "not a zip");
        Path dir = tmp.resolve("cache/broken-1");

        assertThat(new CliCache(dir, notAJar).classPath()).isEmpty();
        try (var left = Files.list(dir.getParent())) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void a_failed_training_is_remembered_and_not_tried_on_every_run() throws Exception {
        assumeTrue(Runtime.version().feature() >= CliCache.AOT_JAVA, "no AOT cache before Java 25");
        Path dir = tmp.resolve("cache/medvision-1");
        CliCache cache = new CliCache(dir, bootJar("app.jar"));
        String classPath = cache.classPath().orElseThrow();
        List<String> jvm =
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());

        // the fake jar has no training workload: the recording JVM cannot find its main class
        assertThat(cache.aotCache(jvm, classPath)).isEmpty();
        assertThat(dir.resolve(CliCache.AOT_FAILED_FILE)).isNotEmptyFile();
        Path log = dir.resolve(CliCache.TRAINING_LOG);
        long logged = Files.size(log);

        assertThat(cache.aotCache(jvm, classPath)).isEmpty();
        assertThat(Files.size(log)).as("no second training").isEqualTo(logged);
        assertThat(dir.resolve(CliCache.AOT_FILE)).doesNotExist();
    }

    @Test
    void the_cache_home_is_xdg_cache_home_when_absolute_else_dot_cache_in_the_home_directory() {
        assertThat(CliCache.root("/var/cache/u", "/home/u")).contains(Path.of("/var/cache/u/medvision/cli"));
        assertThat(CliCache.root("relative", "/home/u")).contains(Path.of("/home/u/.cache/medvision/cli"));
        assertThat(CliCache.root(" ", "/home/u")).contains(Path.of("/home/u/.cache/medvision/cli"));
        assertThat(CliCache.root(null, null)).isEqualTo(Optional.empty());
    }

    @Test
    void two_spellings_of_one_jar_share_one_cache() throws Exception {
        Path jar = bootJar("app.jar");
        Files.createDirectory(tmp.resolve("sub"));
        Path other = tmp.resolve(".").resolve("sub").resolve("..").resolve("app.jar");

        assertThat(CliCache.forJar(other).orElseThrow().dir())
                .isEqualTo(CliCache.forJar(jar).orElseThrow().dir());
    }

    @Test
    void each_jar_and_jvm_gets_a_directory_named_after_the_jar() {
        String one = CliCache.directoryName(Path.of("/opt/medvision lab(2).jar"), "a|1|2|/jdk|25+36");
        String other = CliCache.directoryName(Path.of("/opt/medvision lab(2).jar"), "a|1|3|/jdk|25+36");

        assertThat(one).startsWith("medvision_lab_2_-").matches("[A-Za-z0-9._-]+");
        assertThat(one).isNotEqualTo(other);
        assertThat(CliCache.directoryName(Path.of("/opt/medvision lab(2).jar"), "a|1|2|/jdk|25+36"))
                .isEqualTo(one);
    }
}
