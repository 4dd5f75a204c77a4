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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * De-identifies a file or a directory tree, one file at a time (memory is bounded by the largest file; pixel data
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

    private final DeidEngine engine;
    private final DeidConfig config;
    private final Optional<PhotoSanitizer> photos;

    public DeidBatch(DeidEngine engine, DeidConfig config) {
        this(engine, config, Optional.empty());
    }

    /** @param photos cleans JPEG/PNG/BMP files; without it they are skipped */
    public DeidBatch(DeidEngine engine, DeidConfig config, Optional<PhotoSanitizer> photos) {
        this.engine = engine;
        this.config = config;
        this.photos = photos;
    }

    public RunReport run(Path input, Path output, Path quarantine, Progress progress) throws IOException {
        RunReport report = new RunReport(config.preset().id(), config.options().stream().map(Enum::name).sorted()
                .toList());
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        Path q = quarantine.toAbsolutePath().normalize();
        List<Path> files = listFiles(in, out, q);
        Path base = Files.isDirectory(in) ? in : in.getParent();
        int done = 0;
        for (Path file : files) {
            processOne(file, base.relativize(file), out, q, report);
            progress.update(++done, files.size());
        }
        return report;
    }

    private void processOne(Path file, Path relative, Path out, Path quarantine, RunReport report) throws IOException {
        String rel = relative.toString();
        if (photos.isPresent() && PhotoFormat.sniff(head(file, 8)).isPresent()) {
            processPhoto(file, relative, out, quarantine, report);
            return;
        }
        if (!looksLikeDicom(file)) {
            report.skipped(rel, "not DICOM");
            return;
        }
        DicomFile dicom;
        try {
            dicom = DicomReader.read(file);
        } catch (DicomException | UncheckedIOException e) {
            report.fileIn();
            writeReason(quarantine.resolve(relative), List.of("unreadable DICOM: " + e.getMessage()));
            report.quarantined(rel, List.of(), List.of("unreadable DICOM"));
            return;
        }
        if (dicom.dataset().contains(Tags.DirectoryRecordSequence)) {
            // A DICOMDIR indexes the original files by their identifiers; it must be rebuilt, not de-identified.
            report.skipped(rel, "DICOMDIR (rebuild it for the de-identified files)");
            return;
        }
        report.fileIn();
        DeidResult result = engine.deidentify(dicom, config);
        if (result.quarantined()) {
            Path target = quarantine.resolve(relative);
            write(dicom, target);
            List<String> reasons = new ArrayList<>(result.blockingReasons());
            result.findings().forEach(f -> reasons.add(f.toString()));
            writeReason(target, reasons);
            report.quarantined(rel, result.findings(), result.blockingReasons());
        } else {
            write(dicom, out.resolve(relative));
            report.written(result.actions(), result.boxesRedacted());
            report.pixelRedactions(rel, result.redactedAreas());
        }
    }

    private void processPhoto(Path file, Path relative, Path out, Path quarantine, RunReport report)
            throws IOException {
        String rel = relative.toString();
        SanitizedPhoto clean;
        try {
            clean = photos.orElseThrow().sanitize(Files.readAllBytes(file), PhotoSanitizer.Options.all());
        } catch (UnreadableImageException e) {
            report.fileIn();
            writeReason(quarantine.resolve(relative), List.of("unreadable image: " + e.getMessage()));
            report.quarantined(rel, List.of(), List.of("unreadable image"));
            return;
        }
        Path target = out.resolve(relative);
        String name = target.getFileName().toString();
        if (clean.format() == PhotoFormat.PNG && !name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            target = target.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".png");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, clean.bytes());
        report.photo(rel, out.relativize(target).toString(), clean.textBoxes().stream()
                        .map(r -> r.x + "," + r.y + " " + r.width + "x" + r.height).toList(),
                clean.facesBlurred(), clean.metadataRemoved());
    }

    private static void write(DicomFile dicom, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        // The source transfer syntax keeps pixel data byte-identical (no transcoding) unless a pixel cleaner
        // re-encoded it and recorded the new syntax in the file meta.
        TransferSyntax syntax = dicom.fileMeta().getString(Tags.TransferSyntaxUID).map(TransferSyntax::of)
                .orElse(dicom.transferSyntax());
        DicomWriter.write(new DicomFile(dicom.fileMeta(), dicom.dataset(), syntax), target,
                WriteOptions.keepSourceTransferSyntax());
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return s.readNBytes(n);
        }
    }

    private static void writeReason(Path target, List<String> reasons) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                String.join("\n", reasons) + "\n", StandardCharsets.UTF_8);
    }

    private static List<Path> listFiles(Path in, Path out, Path quarantine) throws IOException {
        if (Files.isRegularFile(in)) {
            return List.of(in);
        }
        try (Stream<Path> walk = Files.walk(in)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out) && !p.startsWith(quarantine))
                    .sorted().toList();
        }
    }

    /** Part 10 ("DICM" at 128) or a bare dataset starting with a group 0008 element, as old ACR-NEMA-style files do. */
    static boolean looksLikeDicom(Path file) throws IOException {
        byte[] head = new byte[132];
        int n;
        try (InputStream s = Files.newInputStream(file)) {
            n = s.readNBytes(head, 0, head.length);
        }
        if (n == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return true;
        }
        // bare little-endian dataset: first tag in group 0008 (or 0002), element small
        return n >= 8 && ((head[0] == 0x08 || head[0] == 0x02) && head[1] == 0x00) && (head[3] & 0xFF) < 0x10;
    }
}
