package com.medvisionlab.deid;

import com.medvisionlab.deid.photo.PhotoFormat;
import com.medvisionlab.deid.photo.PhotoSanitizer;
import com.medvisionlab.deid.photo.SanitizedPhoto;
import com.medvisionlab.deid.photo.UnreadableImageException;
import com.medvisionlab.deid.report.RunReport;
import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * De-identifies a file or a directory tree, a few files at a time (memory is bounded by the largest files in flight; pixel data
 * stays in the source file until it is copied to the output byte for byte). Each result goes to the same relative
 * path under the output root; quarantined results go under the quarantine root with a {@code .reason.txt} beside
 * them. JPEG/PNG/BMP files go through the {@link PhotoSanitizer} when one is given (metadata dropped, text
 * blanked, faces blurred; a BMP comes out as PNG with a .png name); other non-DICOM files are skipped and only
 * reported. The output is written in the Transfer Syntax UID of the (possibly updated) file meta: a pixel cleaner
 * that re-encoded lossy pixel data losslessly records the new syntax there.
 */
public final class DeidBatch {

    /** Called after each file with (done, total); used for terminal progress. */
    public interface Progress {
        void update(int done, int total);
    }

    /** What becomes of JPEG/PNG/BMP files: skipped like any other non-DICOM file, or sanitized. */
    private sealed interface PhotoFiles {
        record Skipped() implements PhotoFiles {}

        /** @param sanitizer asked only when the first such file turns up (its native tools are costly to open) */
        record Sanitized(Supplier<PhotoSanitizer> sanitizer) implements PhotoFiles {}
    }

    private final DeidEngine engine;
    private final DeidConfig config;
    private final PhotoFiles photos;
    private final int threads;

    /** A batch on {@link #defaultThreads()} worker threads that skips JPEG/PNG/BMP files. */
    public DeidBatch(DeidEngine engine, DeidConfig config) {
        this(engine, config, new PhotoFiles.Skipped(), defaultThreads());
    }

    /**
     * A batch on {@link #defaultThreads()} worker threads that also sanitizes JPEG/PNG/BMP files.
     *
     * @param photos gives the sanitizer, asked only when the first such file turns up (its native tools are costly
     *               to open)
     */
    public DeidBatch(DeidEngine engine, DeidConfig config, Supplier<PhotoSanitizer> photos) {
        this(engine, config, new PhotoFiles.Sanitized(photos), defaultThreads());
    }

    private DeidBatch(DeidEngine engine, DeidConfig config, PhotoFiles photos, int threads) {
        this.engine = engine;
        this.config = config;
        this.photos = photos;
        this.threads = threads;
    }

    /** One worker per core, at most 4: the work is parsing and hashing, more threads only add memory. */
    public static int defaultThreads() {
        return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    }

    /**
     * The same batch on {@code threads} worker threads (1 = in the calling thread). Outputs do not depend on the
     * thread count: every value is derived from the secret and the file itself, and the report is assembled in
     * file order.
     */
    public DeidBatch withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        return new DeidBatch(engine, config, photos, threads);
    }

    public RunReport run(Path input, Path output, Path quarantine, Progress progress) throws IOException {
        RunReport report = new RunReport(
                config.preset().id(),
                config.options().stream().map(Enum::name).sorted().toList());
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        Path q = quarantine.toAbsolutePath().normalize();
        List<Path> files = listFiles(in, out, q);
        Path base = Files.isDirectory(in) ? in : in.getParent();
        if (threads == 1 || files.size() < 2) {
            int done = 0;
            for (Path file : files) {
                processOne(file, base.relativize(file), out, q).accept(report);
                progress.update(++done, files.size());
            }
            return report;
        }
        return runParallel(files, base, out, q, report, progress);
    }

    /**
     * Files are processed on a small pool, at most {@code 2 x threads} at a time (memory stays bounded by the
     * largest files in flight, not by the number of files); their report entries are applied in file order.
     */
    private RunReport runParallel(List<Path> files, Path base, Path out, Path q, RunReport report, Progress progress)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "deid-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Consumer<RunReport>>> inFlight = new ArrayDeque<>();
        int done = 0;
        try {
            for (Path file : files) {
                if (inFlight.size() >= 2 * threads) {
                    await(inFlight.removeFirst()).accept(report);
                    progress.update(++done, files.size());
                }
                inFlight.addLast(pool.submit(() -> processOne(file, base.relativize(file), out, q)));
            }
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst()).accept(report);
                progress.update(++done, files.size());
            }
            return report;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static Consumer<RunReport> await(Future<Consumer<RunReport>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("de-identification interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Processes one file (outputs written) and returns its report entry, to be applied in file order. */
    private Consumer<RunReport> processOne(Path file, Path relative, Path out, Path quarantine) throws IOException {
        String rel = relative.toString();
        byte[] head = head(file, DICOM_PREFIX_LENGTH); // one read serves both sniffs
        if (photos instanceof PhotoFiles.Sanitized(Supplier<PhotoSanitizer> sanitizer)
                && PhotoFormat.sniff(head).isPresent()) {
            return processPhoto(sanitizer, file, relative, out, quarantine);
        }
        if (!looksLikeDicom(head)) {
            return report -> report.skipped(rel, "not DICOM");
        }
        DicomFile dicom;
        try {
            dicom = DicomReader.read(file);
        } catch (DicomException | UncheckedIOException e) {
            writeReason(quarantine.resolve(relative), List.of("unreadable DICOM: " + e.getMessage()));
            return report -> {
                report.fileIn();
                report.quarantined(rel, List.of(), List.of("unreadable DICOM"));
            };
        }
        if (dicom.dataset().contains(Tags.DirectoryRecordSequence)) {
            // A DICOMDIR indexes the original files by their identifiers; it must be rebuilt, not de-identified.
            return report -> report.skipped(rel, "DICOMDIR (rebuild it for the de-identified files)");
        }
        DeidResult result = engine.deidentify(dicom, config);
        if (result.quarantined()) {
            Path target = quarantine.resolve(relative);
            write(dicom, target);
            List<String> reasons = new ArrayList<>(result.blockingReasons());
            result.findings().forEach(f -> reasons.add(f.toString()));
            writeReason(target, reasons);
            return report -> {
                report.fileIn();
                report.quarantined(rel, result.findings(), result.blockingReasons());
            };
        }
        write(dicom, out.resolve(relative));
        return report -> {
            report.fileIn();
            report.written(result.actions(), result.boxesRedacted());
            report.pixelRedactions(rel, result.redactedAreas());
        };
    }

    private static Consumer<RunReport> processPhoto(
            Supplier<PhotoSanitizer> sanitizer, Path file, Path relative, Path out, Path quarantine)
            throws IOException {
        String rel = relative.toString();
        SanitizedPhoto clean;
        try {
            clean = sanitizer.get().sanitize(Files.readAllBytes(file), PhotoSanitizer.Options.all());
        } catch (UnreadableImageException e) {
            writeReason(quarantine.resolve(relative), List.of("unreadable image: " + e.getMessage()));
            return report -> {
                report.fileIn();
                report.quarantined(rel, List.of(), List.of("unreadable image"));
            };
        }
        Path target = out.resolve(relative);
        String name = target.getFileName().toString();
        if (clean.format() == PhotoFormat.PNG && !name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            target = target.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".png");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, clean.bytes());
        String written = out.relativize(target).toString();
        List<String> boxes = clean.textBoxes().stream()
                .map(r -> r.x + "," + r.y + " " + r.width + "x" + r.height)
                .toList();
        return report -> report.photo(rel, written, boxes, clean.facesBlurred(), clean.metadataRemoved());
    }

    private static void write(DicomFile dicom, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        // The source transfer syntax keeps pixel data byte-identical (no transcoding) unless a pixel cleaner
        // re-encoded it and recorded the new syntax in the file meta.
        TransferSyntax syntax = dicom.fileMeta()
                .getString(Tags.TransferSyntaxUID)
                .map(TransferSyntax::of)
                .orElse(dicom.transferSyntax());
        DicomWriter.write(
                new DicomFile(dicom.fileMeta(), dicom.dataset(), syntax),
                target,
                WriteOptions.keepSourceTransferSyntax());
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return s.readNBytes(n);
        }
    }

    private static void writeReason(Path target, List<String> reasons) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(
                target.resolveSibling(target.getFileName() + ".reason.txt"),
                String.join("\n", reasons) + "\n",
                StandardCharsets.UTF_8);
    }

    private static List<Path> listFiles(Path in, Path out, Path quarantine) throws IOException {
        if (Files.isRegularFile(in)) {
            return List.of(in);
        }
        try (Stream<Path> walk = Files.walk(in)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out) && !p.startsWith(quarantine))
                    .sorted()
                    .toList();
        }
    }

    /** Part 10 ("DICM" at 128) or a bare dataset starting with a group 0008 element, as old ACR-NEMA-style files do. */
    /** Preamble plus "DICM". */
    private static final int DICOM_PREFIX_LENGTH = 132;

    static boolean looksLikeDicom(byte[] head) {
        int n = head.length;
        if (n == DICOM_PREFIX_LENGTH && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return true;
        }
        // bare little-endian dataset: first tag in group 0008 (or 0002), element small
        return n >= 8 && ((head[0] == 0x08 || head[0] == 0x02) && head[1] == 0x00) && (head[3] & 0xFF) < 0x10;
    }
}
