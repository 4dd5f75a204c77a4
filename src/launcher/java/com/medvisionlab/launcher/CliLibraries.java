package com.medvisionlab.launcher;

import java.util.List;

/**
 * The nested jars the command-line tools need: TwelveMonkeys ImageIO, JAI JPEG 2000, Jackson 3 (reviewer boxes) and
 * the bytedeco natives (FFmpeg, Tesseract, OpenCV). {@code LauncherTest} checks every library the tools' classes refer
 * to is here.
 */
final class CliLibraries {

    static final String CLASSES = "BOOT-INF/classes/";
    static final String LIB = "BOOT-INF/lib/";
    /** Jar name prefixes. */
    static final List<String> PREFIXES = List.of("imageio-", "common-lang-", "common-io-",
            "common-image-", "jai-imageio-", "jackson-core-3.", "jackson-databind-3.", "jackson-annotations-",
            "javacpp-", "ffmpeg-", "tesseract-", "leptonica-", "opencv-", "openblas-");

    private CliLibraries() {
    }

    /** Whether a nested jar, named without its directory, is one of the tools' libraries. */
    static boolean includes(String jarName) {
        if (!jarName.endsWith(".jar")) {
            return false;
        }
        for (String prefix : PREFIXES) { // a loop, not a stream: this runs in a cold JVM
            if (jarName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
