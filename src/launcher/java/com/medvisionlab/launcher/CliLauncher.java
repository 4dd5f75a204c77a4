package com.medvisionlab.launcher;

import java.util.List;
import org.springframework.boot.loader.launch.Archive;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * Starts the command-line tools from the jar with only the libraries they use on the class path. Spring Boot's own
 * launcher puts all 250-odd nested jars there, and every class or resource not found in the first ones (a resource
 * bundle, a service file) makes it open the central directory of every further nested jar: most of the tools'
 * start-up time. The tools are plain Java plus the image codecs and the OCR/vision natives (see the ArchUnit rules
 * on the {@code cli}, {@code dicom} and {@code deid} packages); {@code CliJarIT} runs them from the packaged jar.
 */
public final class CliLauncher extends JarLauncher {

    static final String CLI_MAIN = "com.medvisionlab.cli.CommandLine";
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    /**
     * Jar name prefixes: TwelveMonkeys ImageIO, JAI JPEG 2000, Jackson 3 (reviewer boxes) and the bytedeco natives
     * (FFmpeg, Tesseract, OpenCV). {@code LauncherTest} checks every library the tools' classes refer to is here.
     */
    static final List<String> CLI_LIBRARIES = List.of("imageio-", "common-lang-", "common-io-",
            "common-image-", "jai-imageio-", "jackson-core-3.", "jackson-databind-3.", "jackson-annotations-",
            "javacpp-", "ffmpeg-", "tesseract-", "leptonica-", "opencv-", "openblas-");

    private CliLauncher() throws Exception {
        // The index lists every nested jar and would put them all back on the class path.
        classPathIndex = null;
    }

    public static void main(String[] args) throws Exception {
        new CliLauncher().launch(args);
    }

    @Override
    protected boolean isIncludedOnClassPath(Archive.Entry entry) {
        String name = entry.name();
        return name.equals(CLASSES) || name.startsWith(LIB) && isCliLibrary(name.substring(LIB.length()));
    }

    static boolean isCliLibrary(String jarName) {
        return jarName.endsWith(".jar") && CLI_LIBRARIES.stream().anyMatch(jarName::startsWith);
    }

    @Override
    protected String getMainClass() {
        return CLI_MAIN;
    }
}
