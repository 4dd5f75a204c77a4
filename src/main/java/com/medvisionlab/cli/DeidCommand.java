package com.medvisionlab.cli;

import com.medvisionlab.deid.DeidBatch;
import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidEngine;
import com.medvisionlab.deid.DeidOption;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.deid.InvalidDeidConfigException;
import com.medvisionlab.deid.PixelCleaner;
import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.dicompixels.ReviewerBoxes;
import com.medvisionlab.deid.photo.FaceBlurrer;
import com.medvisionlab.deid.photo.ImageLimits;
import com.medvisionlab.deid.photo.PhotoSanitizer;
import com.medvisionlab.deid.pixels.BurnedInTextFinder;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.Redactor;
import com.medvisionlab.deid.pixels.TextDetector;
import com.medvisionlab.deid.consistency.InstallationSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code deid IN OUT}: de-identifies a file or directory tree per PS3.15 (see com.medvisionlab.deid). */
@Command(name = "deid", mixinStandardHelpOptions = true,
        description = {"De-identify DICOM files (PS3.15 Basic Profile + options) into OUT, same relative paths.",
                "With CLEAN_PIXEL_DATA (preset teaching) burned-in text is blanked and JPEG/PNG/BMP files are sanitized.",
                "Exit 0: all DICOM files de-identified; 1: some quarantined; 2: usage error."})
final class DeidCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "input file or directory (walked recursively)")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "output directory")
    private Path output;

    @Option(names = "--preset", paramLabel = "teaching|basic", defaultValue = "teaching",
            description = "option preset (default: ${DEFAULT-VALUE})")
    private String preset;

    @Option(names = "--option", paramLabel = "NAME", description = "extra option, e.g. RETAIN_UIDS (repeatable)")
    private List<String> options = new ArrayList<>();

    @Option(names = "--secret-file", paramLabel = "F",
            description = "secret for pseudonyms/UIDs/date shifts (default: $" + InstallationSecret.ENV_VARIABLE
                    + " or ~/.medvision/secret, created on first use)")
    private Path secretFile;

    @Option(names = "--report", paramLabel = "R.json", description = "write the run report as JSON")
    private Path reportFile;

    @Option(names = "--mapping-dir", paramLabel = "D",
            description = "encrypted old->new UID and patient-ID mappings (default: ~/.medvision/mappings)")
    private Path mappingDir;

    @Option(names = "--quarantine", paramLabel = "Q", description = "quarantine directory (default: OUT/../<OUT>-quarantine)")
    private Path quarantine;

    @Option(names = "--boxes", paramLabel = "B.json",
            description = "reviewer boxes to blank: {\"instances\": {SOPInstanceUID: [{x,y,width,height}]},"
                    + " \"files\": {relative/path.dcm: [...]}} (original UIDs, paths relative to IN)")
    private Path boxesFile;

    @Option(names = "--scan-all-pixels",
            description = "look for burned-in text in every image, not only those whose modality or header suggest it")
    private boolean scanAllPixels;

    @Override
    public Integer call() throws IOException {
        DeidConfig config = config();
        if (!Files.exists(input)) {
            throw new ParameterException(spec.commandLine(), "IN does not exist: " + input);
        }
        Path out = output.toAbsolutePath().normalize();
        Path q = quarantine != null ? quarantine
                : out.resolveSibling(out.getFileName() + "-quarantine");
        DeidSecret secret = InstallationSecret.load(Optional.ofNullable(secretFile));
        Path mappings = mappingDir != null ? mappingDir
                : Path.of(System.getProperty("user.home"), ".medvision", "mappings");
        MappingStore store = MappingStore.open(mappings, secret);
        ReviewerBoxes reviewed = reviewerBoxes();
        if (!config.has(DeidOption.CLEAN_PIXEL_DATA) && (boxesFile != null || scanAllPixels)) {
            throw new ParameterException(spec.commandLine(),
                    "--boxes and --scan-all-pixels need the CLEAN_PIXEL_DATA option (preset teaching)");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        RunReport report;
        try (PixelTools pixels = PixelTools.open(config.has(DeidOption.CLEAN_PIXEL_DATA),
                DicomPixelCleaner.Settings.defaults().withScanAll(scanAllPixels).withReviewerBoxes(reviewed))) {
            DeidEngine engine = new DeidEngine(secret, store, pixels.cleaner());
            report = new DeidBatch(engine, config, pixels.photos()).run(input, out, q, (done, total) -> {
                if (terminal) {
                    err.print("\rde-identifying " + done + "/" + total);
                    err.flush();
                }
            });
        }
        if (terminal) {
            err.println();
        }
        store.save(mappings);
        if (reportFile != null) {
            Files.writeString(reportFile, report.toJson(), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().println(report.summary());
        return report.quarantinedCount() == 0 ? 0 : 1;
    }

    private ReviewerBoxes reviewerBoxes() {
        if (boxesFile == null) {
            return ReviewerBoxes.none();
        }
        try {
            return ReviewerBoxes.load(boxesFile, input);
        } catch (ReviewerBoxes.InvalidReviewerBoxesException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
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

        Optional<Supplier<PhotoSanitizer>> photos() {
            return photosAllowed ? Optional.of(this::photoSanitizer) : Optional.empty();
        }

        private synchronized PhotoSanitizer photoSanitizer() {
            if (photos == null) {
                OcrEngine ocr = new OcrEngine();
                owned.add(ocr);
                FaceBlurrer faces = new FaceBlurrer();
                owned.add(faces);
                photos = new PhotoSanitizer(ImageLimits.defaults(),
                        Optional.of(new BurnedInTextFinder(new TextDetector(), Optional.of(ocr))), Optional.of(faces),
                        new Redactor());
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

    private DeidConfig config() {
        DeidPreset p;
        try {
            p = DeidPreset.valueOf(preset.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown preset '" + preset + "' (teaching or basic)");
        }
        DeidConfig config = DeidConfig.of(p);
        for (String name : options) {
            try {
                config = config.with(DeidOption.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (InvalidDeidConfigException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "unknown option '" + name + "'; known: "
                        + List.of(DeidOption.values()));
            }
        }
        return config;
    }
}
