package com.medvisionlab.dicom.oracle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the pydicom oracle script ({@code pydicom_elements.py}) with Debian's /usr/bin/python3. */
public final class Pydicom {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static Boolean available;

    private Pydicom() {}

    /** Skips the calling test when python3 or pydicom is missing. */
    public static void assumeAvailable() {
        if (available == null) {
            available = Files.isExecutable(PYTHON) && exitCode(PYTHON.toString(), "-c", "import pydicom") == 0;
        }
        assumeTrue(available, "/usr/bin/python3 with pydicom is not installed");
    }

    /** Element lines per file, in the order pydicom printed them, keyed by file name as passed. */
    public static Map<String, List<String>> elements(List<Path> files) throws IOException, InterruptedException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : runScript("pydicom_elements.py", files)) {
            if (line.startsWith("=== ")) {
                current = new ArrayList<>();
                byFile.put(line.substring(4), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        return byFile;
    }

    /** pydicom's DICOM JSON (to_json_dict) of each file's dataset, one line per file, in order. */
    public static List<String> json(List<Path> files) throws IOException, InterruptedException {
        return runScript("pydicom_json.py", files);
    }

    private static List<String> runScript(String name, List<Path> files) throws IOException, InterruptedException {
        Path script = Files.createTempFile(name.replace(".py", ""), ".py");
        try (InputStream in = Pydicom.class.getResourceAsStream("/com/medvisionlab/dicom/oracle/" + name)) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        Files.deleteIfExists(script);
        return output.lines().toList();
    }

    private static int exitCode(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
