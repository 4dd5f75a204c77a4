package com.medvisionlab.dicom.codec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.LookupTable;
import com.medvisionlab.dicom.image.ModalityTransform;
import com.medvisionlab.dicom.image.PaletteColorLut;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.image.PlanarConfiguration;
import com.medvisionlab.dicom.image.VoiWindow;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A shared sample file taken apart by pydicom (an independent parser), so the codec tests do not depend on
 * our own reader: descriptor, the encoded frames and, where pydicom can decode it, its pixel array of frame 1.
 */
public record PydicomSample(Path file, Properties meta, Path dir) {

    public static final Path SHARED = Path.of("../shared/testdata/dicom");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Skips the calling test when the shared data or pydicom is missing. */
    public static PydicomSample load(String relativePath) {
        return load(SHARED.resolve(relativePath));
    }

    private static final java.util.Map<Path, PydicomSample> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads any file (e.g. a dcmtk output), once per test JVM. */
    public static PydicomSample load(Path file) {
        PydicomSample cached = CACHE.get(file);
        if (cached != null) {
            return cached;
        }
        PydicomSample sample = extract(file);
        CACHE.put(file, sample);
        return sample;
    }

    private static PydicomSample extract(Path file) {
        assumeTrue(Files.isRegularFile(file), "shared test data absent: " + file);
        assumeTrue(Files.isExecutable(PYTHON), "python3 with pydicom absent");
        try {
            Path dir = Files.createTempDirectory("pydicom-sample");
            Path script = dir.resolve("extract.py");
            try (InputStream in = PydicomSample.class.getResourceAsStream("/pixel/extract.py")) {
                Files.copy(in, script);
            }
            Process process = new ProcessBuilder(PYTHON.toString(), script.toString(), file.toString(), dir.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("pydicom could not read " + file + ": " + output);
            }
            Properties meta = new Properties();
            try (Reader reader = Files.newBufferedReader(dir.resolve("meta.properties"))) {
                meta.load(reader);
            }
            return new PydicomSample(file, meta, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public TransferSyntax transferSyntax() {
        return TransferSyntax.of(meta.getProperty("ts"));
    }

    private int integer(String key, int fallback) {
        String value = meta.getProperty(key);
        return value == null || value.isBlank() || value.equals("None") ? fallback : (int) Double.parseDouble(value);
    }

    private Optional<double[]> numbers(String key) {
        String value = meta.getProperty(key);
        if (value == null || value.isBlank() || value.equals("None")) {
            return Optional.empty();
        }
        return Optional.of(
                Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray());
    }

    public ImageDescriptor descriptor() {
        PhotometricInterpretation pi =
                PhotometricInterpretation.fromCode(meta.getProperty("PhotometricInterpretation"));
        PixelRepresentation representation = PixelRepresentation.fromValue(integer("PixelRepresentation", 0));
        Optional<PaletteColorLut> palette = pi == PhotometricInterpretation.PALETTE_COLOR
                ? Optional.of(new PaletteColorLut(lut("Red"), lut("Green"), lut("Blue")))
                : Optional.empty();
        return new ImageDescriptor(
                integer("Rows", 0),
                integer("Columns", 0),
                integer("SamplesPerPixel", 1),
                integer("BitsAllocated", 0),
                integer("BitsStored", 0),
                integer("HighBit", 0),
                representation,
                pi,
                PlanarConfiguration.fromValue(integer("PlanarConfiguration", 0)),
                integer("NumberOfFrames", 1),
                palette);
    }

    private LookupTable lut(String colour) {
        int[] descriptor = Arrays.stream(numbers(colour + "Descriptor").orElseThrow())
                .mapToInt(v -> (int) v)
                .toArray();
        try {
            return LookupTable.fromDescriptor(
                    descriptor, Files.readAllBytes(dir.resolve(colour + ".lut")), byteOrder(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ByteOrder byteOrder() {
        return Boolean.parseBoolean(meta.getProperty("bigEndian").toLowerCase())
                ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN;
    }

    public boolean isEncapsulated() {
        return meta.containsKey("fragments");
    }

    public List<byte[]> fragments() {
        List<byte[]> fragments = new ArrayList<>();
        for (int i = 0; i < integer("fragments", 0); i++) {
            fragments.add(read("fragment-" + i + ".bin"));
        }
        return fragments;
    }

    public long[] basicOffsets() {
        return numbers("offsets")
                .map(v -> Arrays.stream(v).mapToLong(x -> (long) x).toArray())
                .orElse(new long[0]);
    }

    public EncodedFrame frame(int index) {
        if (isEncapsulated()) {
            return FrameFragments.frame(
                    fragments(), basicOffsets(), descriptor().numberOfFrames(), index);
        }
        return new EncodedFrame.Native(read("pixel.bin"), byteOrder(), index);
    }

    /** pydicom's decoded first frame (interleaved samples), when it could decode it. */
    public Optional<int[]> oracle() {
        return ints("oracle.bin");
    }

    /** pydicom's YBR_FULL to RGB conversion of frame 1 (YBR images in native or RLE syntaxes only). */
    public Optional<int[]> rgbOracle() {
        return ints("rgb.bin");
    }

    private Optional<int[]> ints(String name) {
        Path path = dir.resolve(name);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(read(name)).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[buffer.remaining() / 4];
        buffer.asIntBuffer().get(out);
        return Optional.of(out);
    }

    public DisplaySettings display() {
        double slope = numbers("RescaleSlope").map(v -> v[0]).orElse(1.0);
        double intercept = numbers("RescaleIntercept").map(v -> v[0]).orElse(0.0);
        Optional<VoiWindow> window =
                numbers("WindowCenter").flatMap(c -> numbers("WindowWidth").map(w -> VoiWindow.linear(c[0], w[0])));
        return new DisplaySettings(ModalityTransform.rescale(slope, intercept), window, Optional.empty());
    }

    private byte[] read(String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
