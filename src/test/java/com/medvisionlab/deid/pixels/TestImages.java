package com.medvisionlab.deid.pixels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Locates the shared burned-in test data and reads presidio's ground truth (skips when ../shared is absent). */
final class TestImages {

    static final Path BURNED_IN = Path.of("../shared/testdata/dicom/burned-in");
    /** The identifiers burned into {@link #presidioLocalizer()}. */
    static final List<String> PRESIDIO_IDENTIFIERS = List.of("KAUFMAN^SCOTT", "03.09.2012", "07.22.1943");
    /**
     * presidio's DicomImageRedactorEngine pads the image by 25 px (its add_padding default) before OCR, and its
     * ground_truth.json is in those padded coordinates; the PNGs we read are unpadded.
     */
    private static final int PRESIDIO_PADDING = 25;

    private TestImages() {}

    static Path sharedFile(String name) {
        Path p = BURNED_IN.resolve(name);
        assumeTrue(Files.isRegularFile(p), "shared test data absent: " + p);
        return p;
    }

    /** presidio's CT localizer with a burned-in synthetic name, sex, study date and DOB (unpadded). */
    static BufferedImage presidioLocalizer() throws IOException {
        return ImageIO.read(sharedFile("presidio_2_ORIGINAL.png").toFile());
    }

    /** label -> box, from presidio's ground_truth.json for one sample key, in unpadded image coordinates. */
    static Map<String, Rectangle> groundTruth(String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(sharedFile("presidio_ground_truth.json")));
        Map<String, Rectangle> out = new LinkedHashMap<>();
        for (JsonNode n : root.get(key)) {
            out.put(
                    n.get("label").asString(),
                    new Rectangle(
                            n.get("left").asInt() - PRESIDIO_PADDING,
                            n.get("top").asInt() - PRESIDIO_PADDING,
                            n.get("width").asInt(),
                            n.get("height").asInt()));
        }
        return out;
    }

    static List<Rectangle> boxes(List<TextRegion> regions) {
        List<Rectangle> out = new ArrayList<>();
        regions.forEach(r -> out.add(r.box()));
        return out;
    }
}
