package com.medvisionlab.launcher;

import java.util.List;

/**
 * The nested jars the command-line tools need: TwelveMonkeys ImageIO, JAI JPEG 2000, Jackson 3 (reviewer boxes) and
 * the bytedeco natives (FFmpeg, Tesseract, OpenCV), and the AWS SDK's S3 client with SLF4J's API for {@code rotate-keys}
 * on an S3 store. {@code LauncherTest} checks every library the tools' classes refer
 * to is here.
 */
final class CliLibraries {

    static final String CLASSES = "BOOT-INF/classes/";
    static final String LIB = "BOOT-INF/lib/";
    /** Jar name prefixes. */
    static final List<String> PREFIXES = List.of(
            "imageio-",
            "common-lang-",
            "common-io-",
            "common-image-",
            "jai-imageio-",
            "jackson-core-3.",
            "jackson-databind-3.",
            "jackson-annotations-",
            "javacpp-",
            "ffmpeg-",
            "tesseract-",
            "leptonica-",
            "opencv-",
            "openblas-",
            // AWS SDK v2: s3 and the modules it needs with the JDK's HTTP client (see the pom's exclusions)
            "s3-",
            "aws-core-",
            "aws-query-protocol-",
            "aws-xml-protocol-",
            "protocol-core-",
            "sdk-core-",
            "arns-",
            "profiles-",
            "crt-core-",
            "http-auth-",
            "identity-spi-",
            "http-client-spi-",
            "checksums-",
            "retries-",
            "auth-",
            "eventstream-",
            "regions-",
            "annotations-",
            "utils-",
            "metrics-spi-",
            "json-utils-",
            "third-party-jackson-core-",
            "endpoints-spi-",
            "url-connection-client-",
            "reactive-streams-",
            "slf4j-api-",
            // JSpecify: the storage package is @NullMarked
            "jspecify-");

    private CliLibraries() {}

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
