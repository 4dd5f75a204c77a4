package com.medvisionlab.storage;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Adobe's S3Mock, a real S3-compatible HTTP server, started from its executable jar (copied to target/s3mock by the
 * build) in a JVM of its own: it is a Spring Boot 4.1 application and would fight the portal's Spring Boot on one
 * class path.
 */
final class S3MockServer implements AutoCloseable {

    static final String BUCKET = "blobs";
    private static final Path JAR = Path.of("target/s3mock/s3mock-exec.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final URI endpoint;
    private final Path storeRoot;

    private S3MockServer(Process process, URI endpoint, Path storeRoot) {
        this.process = process;
        this.endpoint = endpoint;
        this.storeRoot = storeRoot;
    }

    static S3MockServer start(Path workDirectory) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests through Maven (process-test-resources "
                    + "copies S3Mock's jar there)");
        }
        int port = freePort();
        Path storeRoot = workDirectory.resolve("s3mock-store");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--server.port=0",
                        "--http.port=" + port,
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                        "--com.adobe.testing.s3mock.store.root=" + storeRoot,
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("s3mock.log").toFile())
                .start();
        S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + port), storeRoot);
        server.awaitReady(workDirectory.resolve("s3mock.log"));
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    /** Where S3Mock keeps the objects on disk (to look for plaintext in them). */
    Path storeRoot() {
        return storeRoot;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited at start:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection)
                        endpoint.resolve("/" + BUCKET).toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
