package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Locates the shared burned-in test data and reads presidio's ground truth (skips when ../shared is absent). */
final class TestImages {

    static final Path BURNED_IN = Path.of("../shared/testdata/dicom/burned-in");

    private TestImages() {
    }

    static Path sharedFile(String name) {
        Path p = BURNED_IN.resolve(name);
        assumeTrue(Files.isRegularFile(p), "shared test data absent: " + p);
        return p;
    }

    /** label -> box, from presidio's ground_truth.json for one sample key. */
    static Map<String, Rectangle> groundTruth(String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(sharedFile("presidio_ground_truth.json")));
        Map<String, Rectangle> out = new LinkedHashMap<>();
        for (JsonNode n : root.get(key)) {
            out.put(n.get("label").asString(), new Rectangle(n.get("left").asInt(), n.get("top").asInt(),
                    n.get("width").asInt(), n.get("height").asInt()));
        }
        return out;
    }

    static List<Rectangle> boxes(List<TextRegion> regions) {
        List<Rectangle> out = new ArrayList<>();
        regions.forEach(r -> out.add(r.box()));
        return out;
    }
}
