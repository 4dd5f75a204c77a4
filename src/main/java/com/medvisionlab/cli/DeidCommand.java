package com.medvisionlab.cli;

import com.medvisionlab.deid.DeidBatch;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidEngine;
import com.medvisionlab.deid.DeidOption;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.deid.InvalidDeidConfigException;
import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.InstallationSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.dicompixels.ReviewerBoxes;
import com.medvisionlab.deid.photo.PhotoSanitizer;
import com.medvisionlab.deid.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code deid IN OUT}: de-identifies a file or directory tree per PS3.15 (see com.medvisionlab.deid). */
final class DeidCommand implements Command {

    private static final String IN = "IN";
    private static final String OUT = "OUT";
    private static final String PRESET = "--preset";
    private static final String OPTION = "--option";
    private static final String SECRET_FILE = "--secret-file";
    private static final String REPORT = "--report";
    private static final String MAPPING_DIR = "--mapping-dir";
    private static final String QUARANTINE = "--quarantine";
    private static final String BOXES = "--boxes";
    /** The default since every image is scanned; still accepted so that older scripts keep working. */
    private static final String SCAN_ALL_PIXELS = "--scan-all-pixels";
    /** The opt-out: images whose header and modality announce no text are not scanned. */
    private static final String TRUST_HEADERS = "--trust-headers";

    private static final String THREADS = "--threads";
    private static final int MAX_THREADS = 64;
    private static final CommandSpec SPEC = new CommandSpec(
            "deid",
            Text.of("cli.deid.description"),
            List.of(
                    ParameterSpec.single(IN, ValueType.PATH, "cli.deid.param.in"),
                    ParameterSpec.single(OUT, ValueType.PATH, "cli.deid.param.out")),
            List.of(
                    OptionSpec.valued(PRESET, ValueType.TEXT, "teaching|basic", "cli.deid.option.preset")
                            .withDefault("teaching"),
                    OptionSpec.valued(OPTION, ValueType.TEXT, "NAME", "cli.deid.option.option")
                            .repeatable(),
                    OptionSpec.valued(
                            SECRET_FILE,
                            ValueType.PATH,
                            "F",
                            Text.of("cli.deid.option.secret-file", "$" + InstallationSecret.ENV_VARIABLE)),
                    OptionSpec.valued(REPORT, ValueType.PATH, "R.json", "cli.deid.option.report"),
                    OptionSpec.valued(MAPPING_DIR, ValueType.PATH, "D", "cli.deid.option.mapping-dir"),
                    OptionSpec.valued(QUARANTINE, ValueType.PATH, "Q", "cli.deid.option.quarantine"),
                    OptionSpec.valued(BOXES, ValueType.PATH, "B.json", "cli.deid.option.boxes"),
                    OptionSpec.flag(SCAN_ALL_PIXELS, "cli.deid.option.scan-all-pixels"),
                    OptionSpec.flag(TRUST_HEADERS, "cli.deid.option.trust-headers"),
                    OptionSpec.valued(
                                    THREADS,
                                    ValueType.INTEGER,
                                    "N",
                                    Text.of("cli.deid.option.threads", DeidBatch.defaultThreads()))
                            .withDefault(Integer.toString(DeidBatch.defaultThreads()))));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        Thread.ofPlatform().daemon().name("load-tables").start(DeidCommand::preloadTables);
        DeidConfig config = config(args.requiredValue(PRESET), args.values(OPTION));
        Path input = args.parameterPath(IN);
        if (!Files.exists(input)) {
            throw new UsageException(Text.of("cli.deid.error.input-missing", input.toString()));
        }
        int threads = args.integer(THREADS);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException(Text.of("cli.deid.error.threads", MAX_THREADS));
        }
        Path out = args.parameterPath(OUT).toAbsolutePath().normalize();
        Path q = args.path(QUARANTINE).orElseGet(() -> out.resolveSibling(out.getFileName() + "-quarantine"));
        DeidSecret secret = InstallationSecret.load(args.path(SECRET_FILE));
        Path mappings = args.path(MAPPING_DIR)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".medvision", "mappings"));
        MappingStore store = MappingStore.open(mappings, secret);
        Optional<Path> boxesFile = args.path(BOXES);
        boolean scanAllPixels = args.flag(SCAN_ALL_PIXELS);
        boolean trustHeaders = args.flag(TRUST_HEADERS);
        ReviewerBoxes reviewed = reviewerBoxes(boxesFile, input);
        if (!config.has(DeidOption.CLEAN_PIXEL_DATA) && (boxesFile.isPresent() || scanAllPixels || trustHeaders)) {
            throw new UsageException(Text.of("cli.deid.error.pixels-need-clean-pixel-data"));
        }
        if (scanAllPixels && trustHeaders) {
            throw new UsageException(Text.of("cli.deid.error.scan-and-trust-headers"));
        }
        PrintWriter err = console.err();
        if (trustHeaders) {
            // loud on purpose: images whose header denies burned-in text pass unscanned
            err.println(console.text("cli.deid.warning.trust-headers"));
            err.flush();
        }
        boolean terminal = console.interactive();
        RunReport report;
        try (PixelTools pixels = PixelTools.open(
                config.has(DeidOption.CLEAN_PIXEL_DATA),
                DicomPixelCleaner.Settings.defaults().withScanAll(!trustHeaders).withReviewerBoxes(reviewed))) {
            DeidEngine engine = new DeidEngine(secret, store, pixels.cleaner());
            report = pixels.batch(engine, config).withThreads(threads).run(input, out, q, (done, total) -> {
                if (terminal) {
                    err.print("\r" + console.text("cli.deid.progress", done, total));
                    err.flush();
                }
            });
        }
        if (terminal) {
            err.println();
        }
        store.save(mappings);
        Optional<Path> reportFile = args.path(REPORT);
        if (reportFile.isPresent()) {
            Files.writeString(reportFile.get(), report.toJson(), StandardCharsets.UTF_8);
        }
        console.out().println(report.summary());
        return report.quarantinedCount() == 0 ? SUCCESS : PARTIAL;
    }

    /** Errors are left for the main thread, which meets them again and reports them in one line. */
    private static void preloadTables() {
        try {
            DeidEngine.preloadTables();
        } catch (RuntimeException | LinkageError e) {
            // reported by the main thread
        }
    }

    private static ReviewerBoxes reviewerBoxes(Optional<Path> boxesFile, Path input) {
        if (boxesFile.isEmpty()) {
            return ReviewerBoxes.none();
        }
        try {
            return ReviewerBoxes.load(boxesFile.get(), input);
        } catch (ReviewerBoxes.InvalidReviewerBoxesException e) {
            throw new UsageException(Text.of("cli.deid.error.boxes", e.getMessage()));
        }
    }

    /**
     * The native pixel tools of one run (OCR, detector, face finder), opened only when the options need pixel
     * cleaning; the photo tools only when the first JPEG/PNG/BMP upload turns up, so a run over DICOM files alone
     * never loads the face finder.
     */
    private static final class PixelTools implements AutoCloseable {

        private final PixelCleaner cleaner;
        private final boolean photosAllowed;
        private final List<AutoCloseable> owned = new ArrayList<>();
        private PhotoSanitizer photos;

        private PixelTools(PixelCleaner cleaner, boolean photosAllowed) {
            this.cleaner = cleaner;
            this.photosAllowed = photosAllowed;
        }

        static PixelTools open(boolean cleanPixels, DicomPixelCleaner.Settings settings) {
            if (!cleanPixels) {
                return new PixelTools(PixelCleaner.NONE, false);
            }
            DicomPixelCleaner dicom = DicomPixelCleaner.standard(settings);
            PixelTools tools = new PixelTools(dicom, true);
            tools.owned.add(dicom);
            return tools;
        }

        PixelCleaner cleaner() {
            return cleaner;
        }

        /** A batch that sanitizes JPEG/PNG/BMP files when pixel cleaning is on, and skips them otherwise. */
        DeidBatch batch(DeidEngine engine, DeidConfig config) {
            return photosAllowed ? new DeidBatch(engine, config, this::photoSanitizer) : new DeidBatch(engine, config);
        }

        private synchronized PhotoSanitizer photoSanitizer() {
            if (photos == null) {
                photos = PhotoSanitizer.withNativeTools(owned::add);
            }
            return photos;
        }

        @Override
        public synchronized void close() {
            for (AutoCloseable c : owned) {
                try {
                    c.close();
                } catch (Exception e) {
                    // native resources of a finished run: nothing left to do
                }
            }
        }
    }

    private static DeidConfig config(String preset, List<String> options) {
        DeidPreset p;
        try {
            p = DeidPreset.valueOf(preset.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Text.of("cli.deid.error.unknown-preset", preset));
        }
        DeidConfig config = DeidConfig.of(p);
        for (String name : options) {
            try {
                config = config.with(
                        DeidOption.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (InvalidDeidConfigException e) {
                throw new UsageException(Text.of("cli.deid.error.invalid-options", e.getMessage()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(Text.of(
                        "cli.deid.error.unknown-option",
                        name,
                        List.of(DeidOption.values()).toString()));
            }
        }
        return config;
    }
}
