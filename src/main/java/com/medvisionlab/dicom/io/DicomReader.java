package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads whole DICOM objects into memory ({@link DicomFile}); large values may stay in the file as bulk data. */
public final class DicomReader {

    private DicomReader() {}

    public static DicomFile read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    public static DicomFile read(Path file, ReadOptions options) {
        try (InputStream stream = Files.newInputStream(file)) {
            return read(new DicomInputStream(stream, Files.size(file), file, options));
        } catch (IOException e) {
            throw new DicomException(file + ": " + describe(e), e);
        }
    }

    /** Reads from a stream (no bulk-data references are possible: every value is loaded). */
    public static DicomFile read(InputStream stream, String sourceName, ReadOptions options) {
        try {
            return read(new DicomInputStream(stream, options, sourceName));
        } catch (IOException e) {
            throw new DicomException(sourceName + ": " + describe(e), e);
        }
    }

    private static DicomFile read(DicomInputStream input) throws IOException {
        Dataset meta = input.readFileMeta();
        DatasetBuilder builder = new DatasetBuilder(new Dataset());
        input.readDataset(builder);
        return new DicomFile(meta, builder.root(), input.transferSyntax());
    }

    private static String describe(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException missing -> "no such file";
            case java.nio.file.AccessDeniedException denied -> "access denied";
            case java.util.zip.ZipException zip ->
                "corrupt deflated data" + (zip.getMessage() == null ? "" : ": " + zip.getMessage());
            default -> "I/O error" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
    }
}
