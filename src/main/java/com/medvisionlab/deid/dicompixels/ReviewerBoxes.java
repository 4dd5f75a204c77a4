package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Boxes a reviewer drew, to be blanked on every frame of an instance, keyed by the instance's ORIGINAL SOP Instance
 * UID (the one in the input; outputs carry a remapped UID). Boxes given per file are resolved to that UID by reading
 * the file's header.
 *
 * <p>JSON form ({@code deid --boxes}): {@code {"instances": {"1.2.3": [{"x":0,"y":0,"width":200,"height":40}]},
 * "files": {"dir/a.dcm": [{"x":0,"y":0,"width":200,"height":40}]}}}; file paths are relative to the input root.
 */
public final class ReviewerBoxes {

    private static final ReviewerBoxes NONE = new ReviewerBoxes(Map.of());

    private final Map<String, List<Rectangle>> byInstance;

    private ReviewerBoxes(Map<String, List<Rectangle>> byInstance) {
        this.byInstance = byInstance;
    }

    public static ReviewerBoxes none() {
        return NONE;
    }

    /** Boxes per original SOP Instance UID. */
    public static ReviewerBoxes ofInstances(Map<String, List<Rectangle>> boxes) {
        Map<String, List<Rectangle>> copy = new HashMap<>();
        boxes.forEach((uid, list) ->
                copy.put(uid.strip(), list.stream().map(Rectangle::new).toList()));
        return new ReviewerBoxes(Map.copyOf(copy));
    }

    /** This set plus boxes for the instance stored in {@code file}. */
    public ReviewerBoxes withFile(Path file, List<Rectangle> boxes) {
        String uid = sopInstanceUidOf(file);
        Map<String, List<Rectangle>> merged = new HashMap<>(byInstance);
        List<Rectangle> list = new ArrayList<>(merged.getOrDefault(uid, List.of()));
        boxes.forEach(b -> list.add(new Rectangle(b)));
        merged.put(uid, List.copyOf(list));
        return new ReviewerBoxes(Map.copyOf(merged));
    }

    /**
     * Reads the JSON form.
     *
     * @param inputRoot what the {@code files} paths are relative to
     * @throws InvalidReviewerBoxesException naming what is wrong
     */
    public static ReviewerBoxes load(Path json, Path inputRoot) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(json));
        } catch (IOException | JacksonException e) {
            throw new InvalidReviewerBoxesException(json + " is not readable JSON: " + e.getMessage());
        }
        Map<String, List<Rectangle>> instances = new HashMap<>();
        JsonNode byUid = root.path("instances");
        for (String uid : byUid.propertyNames()) {
            instances.put(uid, boxes(byUid.get(uid), json, uid));
        }
        ReviewerBoxes result = ofInstances(instances);
        JsonNode byFile = root.path("files");
        Path base = Files.isDirectory(inputRoot)
                ? inputRoot
                : inputRoot.toAbsolutePath().getParent();
        for (String name : byFile.propertyNames()) {
            Path file = base.resolve(name).normalize();
            if (!file.startsWith(base.normalize()) || !Files.isRegularFile(file)) {
                throw new InvalidReviewerBoxesException(json + ": file '" + name + "' is not under " + base);
            }
            result = result.withFile(file, boxes(byFile.get(name), json, name));
        }
        return result;
    }

    /** The boxes for an instance; empty when the reviewer drew none. */
    public List<Rectangle> forInstance(String originalSopInstanceUid) {
        return byInstance.getOrDefault(originalSopInstanceUid.strip(), List.of()).stream()
                .map(Rectangle::new)
                .toList();
    }

    public boolean isEmpty() {
        return byInstance.isEmpty();
    }

    private static List<Rectangle> boxes(JsonNode array, Path json, String key) {
        if (!array.isArray()) {
            throw new InvalidReviewerBoxesException(json + ": '" + key + "' must map to an array of boxes");
        }
        List<Rectangle> out = new ArrayList<>();
        for (JsonNode box : array) {
            int x = box.path("x").asInt(-1);
            int y = box.path("y").asInt(-1);
            int w = box.path("width").asInt(0);
            int h = box.path("height").asInt(0);
            if (x < 0 || y < 0 || w <= 0 || h <= 0) {
                throw new InvalidReviewerBoxesException(
                        json + ": box " + box + " of '" + key + "' needs x>=0, y>=0, width>0, height>0");
            }
            out.add(new Rectangle(x, y, w, h));
        }
        return List.copyOf(out);
    }

    private static String sopInstanceUidOf(Path file) {
        try {
            return DicomReader.read(file)
                    .dataset()
                    .getString(Tags.SOPInstanceUID)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .orElseThrow(() -> new InvalidReviewerBoxesException(file + " has no SOP Instance UID"));
        } catch (DicomException e) {
            throw new InvalidReviewerBoxesException(file + " is not readable DICOM: " + e.getMessage());
        }
    }

    /** A boxes file that cannot be used. */
    public static final class InvalidReviewerBoxesException extends IllegalArgumentException {
        InvalidReviewerBoxesException(String message) {
            super(message);
        }
    }
}
