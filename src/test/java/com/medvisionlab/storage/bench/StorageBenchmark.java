package com.medvisionlab.storage.bench;

import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.storage.BlobStores;
import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.MasterKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Writing one 64 MB object (a multi-frame study's size) from a file into the directory store, encrypted and plain,
 * against a plain file copy of the same bytes in the same run. {@link #main} prints MB/s and the encrypted/copy
 * ratio. Run with {@code bench/storage.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx512m"})
public class StorageBenchmark {

    static final int OBJECT_BYTES = 64 * 1024 * 1024;

    private Path dir;
    private Path source;
    private Path copyTarget;
    private BlobStore plainStore;
    private BlobStore encryptedStore;

    @Setup(Level.Trial)
    public void createObject() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "storage-bench");
        source = dir.resolve("object.dcm");
        writeObject(source);
        copyTarget = dir.resolve("copy.dcm");
        plainStore = BlobStores.filesystem(dir.resolve("plain"));
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        encryptedStore = BlobStores.encrypted(
                BlobStores.filesystem(dir.resolve("encrypted")),
                Keyring.of(MasterKey.fromBase64(Base64.getEncoder().encodeToString(key))));
        encryptedStorePut(); // something for encryptedStoreGet to read, whichever runs first
    }

    /** 16-bit CT-like frames: noise over a ramp, so neither compression nor zero pages flatter anyone. */
    private static void writeObject(Path file) throws IOException {
        Random random = new Random(42);
        byte[] frame = new byte[512 * 512 * 2];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < OBJECT_BYTES; written += frame.length) {
                for (int i = 0; i < frame.length; i += 2) {
                    int value = 1000 + (i / 2) % 512 + random.nextInt(64);
                    frame[i] = (byte) value;
                    frame[i + 1] = (byte) (value >>> 8);
                }
                out.write(frame);
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteAll() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public Path plainFileCopy() throws IOException {
        return Files.copy(source, copyTarget, StandardCopyOption.REPLACE_EXISTING);
    }

    @Benchmark
    public long plainStorePut() throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            plainStore.put("studies/1/object.dcm", in, OBJECT_BYTES);
        }
        return OBJECT_BYTES;
    }

    @Benchmark
    public long encryptedStorePut() throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            encryptedStore.put("studies/1/object.dcm", in, OBJECT_BYTES);
        }
        return OBJECT_BYTES;
    }

    @Benchmark
    public long encryptedStoreGet() throws IOException {
        try (InputStream in = encryptedStore.get("studies/1/object.dcm")) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(StorageBenchmark.class.getSimpleName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double megabytes = OBJECT_BYTES / 1e6;
        double copy = 0;
        double encrypted = 0;
        System.out.printf("%nobject: %.1f MB%n", megabytes);
        for (RunResult r : results) {
            String name = r.getParams()
                    .getBenchmark()
                    .substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double millis = r.getPrimaryResult().getScore();
            System.out.printf("%-20s %9.1f ms/op %9.1f MB/s%n", name, millis, megabytes / (millis / 1e3));
            if (name.equals("plainFileCopy")) {
                copy = millis;
            } else if (name.equals("encryptedStorePut")) {
                encrypted = millis;
            }
        }
        if (copy > 0 && encrypted > 0) {
            System.out.printf("encrypted put / plain copy time ratio: %.2f%n", encrypted / copy);
        }
    }
}
