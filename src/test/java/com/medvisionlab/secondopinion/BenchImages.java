package com.medvisionlab.secondopinion;

import com.medvisionlab.demo.phantom.ChestRadiograph;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.GeneratedObject;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Tags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * For {@code bench/gpu-engine.sh}: writes {@code COUNT} PNGs of the demo phantoms (CT slices spread over the series,
 * every fifth a radiograph) exactly as the portal prepares images for an engine ({@link OpinionRendering}: file's
 * window, aspect kept, padded square of {@code SIZE}). Synthetic images, so nothing identifying leaves the machine.
 *
 * <p>Usage: {@code BenchImages OUT_DIR COUNT SIZE}
 */
final class BenchImages {

    private BenchImages() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchImages OUT_DIR COUNT SIZE");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            GeneratedObject object =
                    i % 5 == 4 ? ChestRadiograph.generate() : CtPhantom.slice(i * 7 % CtPhantom.SLICE_COUNT);
            var ds = object.file().dataset();
            var prepared = OpinionRendering.prepare(
                    PixelFrames.of(object.file()),
                    ds.getString(Tags.Modality).orElse(""),
                    Optional.empty(),
                    ds.getString(Tags.SOPInstanceUID).orElse("?"),
                    1,
                    size);
            Files.write(out.resolve(String.format(Locale.ROOT, "phantom-%04d.png", i)), prepared.png());
        }
        System.out.println("wrote " + count + " images of " + size + "x" + size + " to " + out);
    }
}
