package com.medvisionlab.deid;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.InstallationSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.photo.PhotoFormat;
import com.medvisionlab.deid.photo.PhotoSanitizer;
import com.medvisionlab.deid.photo.SanitizedPhoto;
import com.medvisionlab.deid.photo.UnreadableImageException;
import com.medvisionlab.dicom.io.DicomFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The de-identification of a long-running server: one warm {@link DeidEngine} for every upload, keyed by the
 * installation secret in a file the server owns, recording its mappings in an encrypted {@link MappingStore} in a
 * directory the server owns, cleaning DICOM pixels with the {@link DicomPixelCleaner} and photos with the
 * {@link PhotoSanitizer} (opened on the first photo: its native tools are costly). The portal's only way to the
 * engine, so its modules need none of the engine's parts. Thread-safe; close it to free the native tools.
 */
public final class InstallationDeid implements AutoCloseable {

    /**
     * A JPEG/PNG/BMP upload after cleaning.
     *
     * @param bytes           a freshly encoded image carrying no metadata block of the upload
     * @param mediaType       {@code image/jpeg} or {@code image/png} (a BMP comes out as PNG)
     * @param redactedAreas   one line per area blacked out as burned-in text, e.g. {@code "pixels redacted 4,8
     *                        120x20 photo"}
     * @param facesBlurred    how many faces were pixelated
     * @param metadataRemoved the kinds of metadata block the upload carried, e.g. "APP1 Exif"
     */
    public record CleanPhoto(
            byte[] bytes,
            String mediaType,
            List<String> redactedAreas,
            int facesBlurred,
            List<String> metadataRemoved) {

        public CleanPhoto {
            redactedAreas = List.copyOf(redactedAreas);
            metadataRemoved = List.copyOf(metadataRemoved);
        }
    }

    private final MappingStore mappings;
    private final Path mappingDirectory;
    private final DicomPixelCleaner pixels;
    private final DeidEngine engine;
    private final List<AutoCloseable> photoTools = new ArrayList<>();
    private PhotoSanitizer photos;
    private int savedMappings;

    private InstallationDeid(
            MappingStore mappings, Path mappingDirectory, DicomPixelCleaner pixels, DeidSecret secret) {
        this.mappings = mappings;
        this.mappingDirectory = mappingDirectory;
        this.pixels = pixels;
        this.engine = new DeidEngine(secret, mappings, pixels);
        this.savedMappings = mappingCount();
    }

    /**
     * Opens the secret (created in {@code secretFile} on a first start) and the mappings saved earlier in
     * {@code mappingDirectory}, and loads the profile tables, so the first upload does not pay for them.
     *
     * @throws IOException when the mapping files cannot be read
     * @throws MappingStore.MappingFileException when they were written with another secret
     */
    public static InstallationDeid open(Path secretFile, Path mappingDirectory) throws IOException {
        DeidSecret secret = InstallationSecret.loadOrCreate(secretFile);
        MappingStore mappings = MappingStore.open(mappingDirectory, secret);
        DeidEngine.preloadTables();
        return new InstallationDeid(
                mappings, mappingDirectory, DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults()), secret);
    }

    /** De-identifies the parsed file in place; see {@link DeidEngine#deidentify(DicomFile, DeidConfig)}. */
    public DeidResult deidentify(DicomFile file, DeidConfig config) {
        return engine.deidentify(file, config);
    }

    /** Whether the bytes start as a DICOM file does: Part 10 ("DICM" at 128) or a bare little-endian dataset. */
    public static boolean looksLikeDicom(byte[] content) {
        return DeidBatch.looksLikeDicom(java.util.Arrays.copyOf(content, Math.min(content.length, 132)));
    }

    /** Whether these first bytes (8 suffice) start a JPEG, PNG or BMP image. */
    public static boolean isPhoto(byte[] head) {
        return PhotoFormat.sniff(head).isPresent();
    }

    /**
     * Drops every metadata block, blacks out burned-in text and pixelates faces.
     *
     * @return empty when the bytes are not a complete, decodable image within the decoder's size limits
     */
    public Optional<CleanPhoto> cleanPhoto(byte[] image) {
        SanitizedPhoto clean;
        try {
            clean = photoSanitizer().sanitize(image, PhotoSanitizer.Options.all());
        } catch (UnreadableImageException e) {
            return Optional.empty();
        }
        List<String> areas = clean.textBoxes().stream()
                .map(r -> "pixels redacted %d,%d %dx%d photo".formatted(r.x, r.y, r.width, r.height))
                .toList();
        return Optional.of(new CleanPhoto(
                clean.bytes(), clean.format().mediaType(), areas, clean.facesBlurred(), clean.metadataRemoved()));
    }

    /** Writes the mappings (encrypted) if any was added since the last save; a no-op otherwise. */
    public synchronized void saveMappings() throws IOException {
        int count = mappingCount();
        if (count != savedMappings) {
            mappings.save(mappingDirectory);
            savedMappings = count;
        }
    }

    private int mappingCount() {
        return mappings.size(MappingStore.Kind.UID) + mappings.size(MappingStore.Kind.PATIENT_ID);
    }

    private synchronized PhotoSanitizer photoSanitizer() {
        if (photos == null) {
            photos = PhotoSanitizer.withNativeTools(photoTools::add);
        }
        return photos;
    }

    /** Saves the mappings and frees the native tools. */
    @Override
    public synchronized void close() throws IOException {
        try {
            saveMappings();
        } finally {
            pixels.close();
            for (AutoCloseable tool : photoTools) {
                try {
                    tool.close();
                } catch (Exception e) {
                    // native resources of a stopping server: nothing left to do
                }
            }
        }
    }
}
