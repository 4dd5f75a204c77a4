package com.medvisionlab.deid.pixels;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.tesseract.global.tesseract.OEM_DEFAULT;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.StringVector;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * Tesseract (English, optionally Simplified Chinese, models from the classpath) returning word boxes, text and
 * confidence.
 *
 * <p>One native engine per instance; calls are {@code synchronized} because a TessBaseAPI is not thread-safe. Use one
 * instance per worker thread for parallelism. Images are upscaled before recognition because burned-in annotation
 * text is often 8-12 px high, well below the ~20-30 px Tesseract's model was trained on.
 */
public final class OcrEngine implements AutoCloseable {

    /** A Tesseract language model shipped in the jar (the build puts both into {@code tessdata/}). */
    public enum Language {
        ENGLISH("eng"),
        /** Tesseract 4 "best_int" LSTM model from the npm package @tesseract.js-data/chi_sim (see pom.xml). */
        SIMPLIFIED_CHINESE("chi_sim");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        String resource() {
            return "tessdata/" + code + ".traineddata";
        }
    }

    private static final int PADDING = 6;
    /**
     * Upscaling stops at this many pixels per side: large images (a 2k CR) already carry big text, and a 3x copy
     * of one would cost ~35 MB per plane and many seconds of recognition.
     */
    private static final int MAX_SCALED_SIDE = 4096;

    private final TessBaseAPI api = new TessBaseAPI();
    private final int upscale;
    private final List<Language> languages;
    private boolean closed;

    /** An engine that upscales 3x (suits annotation text of 8-20 px). */
    public OcrEngine() {
        this(3);
    }

    /** An English engine with the given upscaling. */
    public OcrEngine(int upscale) {
        this(upscale, List.of(Language.ENGLISH));
    }

    /**
     * An engine reading all {@code languages} in one pass (Tesseract's "eng+chi_sim"); the first one is primary.
     *
     * @throws OcrUnavailableException when a model is missing from the classpath or Tesseract rejects it
     */
    public OcrEngine(int upscale, List<Language> languages) {
        if (upscale < 1 || upscale > 6) {
            throw new IllegalArgumentException("upscale must be 1..6, was " + upscale);
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        this.upscale = upscale;
        this.languages = List.copyOf(languages);
        Path dataDir;
        try {
            // models of one resource folder are extracted side by side, as Tesseract wants them
            languages.forEach(l -> NativeResourceFiles.extract(l.resource()));
            dataDir =
                    NativeResourceFiles.extract(languages.getFirst().resource()).getParent();
        } catch (NativeResourceFiles.MissingNativeResourceException e) {
            api.close();
            throw new OcrUnavailableException(e.getMessage());
        }
        String codes = String.join("+", languages.stream().map(l -> l.code).toList());
        // chi_sim's own config asks for chi_sim_vert (vertical writing) too; screen annotations are horizontal and
        // we do not ship that model, so switch the sub-language off instead of letting Tesseract fail to open it.
        // debug_file keeps "Estimating resolution" chatter out of logs; a failed Init still shows in its result.
        int status;
        try (StringVector names = new StringVector("tessedit_load_sublangs", "debug_file");
                StringVector values = new StringVector("", "/dev/null")) {
            status = api.Init(dataDir.toString(), codes, OEM_DEFAULT, (BytePointer) null, 0, names, values, false);
        }
        if (status != 0) {
            api.close();
            throw new OcrUnavailableException("Tesseract could not load its " + codes + " model(s) from " + dataDir);
        }
    }

    /** The languages this engine reads, primary first. */
    public List<Language> languages() {
        return languages;
    }

    /** All words found anywhere in the image, in image coordinates. */
    public synchronized List<TextRegion> readWords(BufferedImage image) {
        return read(GreyImage.of(image), new Rectangle(0, 0, image.getWidth(), image.getHeight()), PSM_SPARSE_TEXT);
    }

    /** Words found inside {@code area} (plus a small margin of context), in image coordinates. */
    public synchronized List<TextRegion> readWords(BufferedImage image, Rectangle area) {
        Rectangle crop = Boxes.grow(area, PADDING, image.getWidth(), image.getHeight());
        if (crop.isEmpty()) {
            return List.of();
        }
        return read(GreyImage.of(image), crop, PSM_SINGLE_BLOCK);
    }

    private List<TextRegion> read(GreyImage grey, Rectangle crop, int pageSegMode) {
        ensureOpen();
        byte[] pixels = darkOnLight(cropOf(grey, crop));
        int factor = Math.max(1, Math.min(upscale, MAX_SCALED_SIDE / Math.max(crop.width, crop.height)));
        int w = crop.width * factor;
        int h = crop.height * factor;
        byte[] scaled = scale(pixels, crop.width, crop.height, w, h);
        api.SetPageSegMode(pageSegMode);
        api.SetImage(scaled, w, h, 1, w);
        api.SetSourceResolution(300);
        if (api.Recognize(null) != 0) {
            return List.of();
        }
        List<TextRegion> words = new ArrayList<>();
        try (ResultIterator it = api.GetIterator()) {
            if (it == null) {
                return List.of();
            }
            do {
                BytePointer utf8 = it.GetUTF8Text(RIL_WORD);
                if (utf8 == null) {
                    continue;
                }
                String text = utf8.getString(StandardCharsets.UTF_8).strip();
                utf8.deallocate();
                int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
                if (text.isEmpty() || !it.BoundingBox(RIL_WORD, l, t, r, b)) {
                    continue;
                }
                Rectangle box = new Rectangle(
                        crop.x + l[0] / factor,
                        crop.y + t[0] / factor,
                        ceilDiv(r[0] - l[0], factor),
                        ceilDiv(b[0] - t[0], factor));
                words.add(TextRegion.recognised(box, text, it.Confidence(RIL_WORD)));
            } while (it.Next(RIL_WORD));
        } finally {
            api.Clear();
        }
        return words;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static byte[] cropOf(GreyImage grey, Rectangle crop) {
        byte[] out = new byte[crop.width * crop.height];
        byte[] src = grey.pixels();
        for (int y = 0; y < crop.height; y++) {
            System.arraycopy(src, (crop.y + y) * grey.width() + crop.x, out, y * crop.width, crop.width);
        }
        return out;
    }

    /** Tesseract reads dark text on light paper best; annotations are usually light on dark, so flip those. */
    private static byte[] darkOnLight(byte[] pixels) {
        long sum = 0;
        for (byte p : pixels) {
            sum += p & 0xff;
        }
        if (pixels.length > 0 && sum / pixels.length < 128) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (255 - (pixels[i] & 0xff));
            }
        }
        return pixels;
    }

    private static byte[] scale(byte[] pixels, int w, int h, int sw, int sh) {
        if (sw == w && sh == h) {
            return pixels;
        }
        try (Mat src = new Mat(h, w, org.bytedeco.opencv.global.opencv_core.CV_8UC1);
                Mat dst = new Mat();
                Size size = new Size(sw, sh)) {
            src.data().put(pixels, 0, pixels.length);
            resize(src, dst, size, 0, 0, INTER_CUBIC);
            byte[] out = new byte[sw * sh];
            dst.data().get(out, 0, out.length);
            return out;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("OcrEngine is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            api.End();
            api.close();
        }
    }

    /** The OCR engine could not start (missing or unreadable language model). */
    public static final class OcrUnavailableException extends IllegalStateException {
        OcrUnavailableException(String message) {
            super(message);
        }
    }
}
