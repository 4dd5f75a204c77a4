package com.medvisionlab.deid.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one de-identification run did: files in/out/quarantined/skipped, actions per attribute, boxes redacted and
 * residual findings. Rendered as JSON ({@link #toJson()}) and as a short human summary ({@link #summary()}).
 * Paths are relative to the input root.
 */
public final class RunReport {

    private final String preset;
    private final List<String> options;
    private int filesIn;
    private int filesOut;
    private int boxesRedacted;
    private final Map<String, List<String>> quarantined = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final ActionTally actions = new ActionTally();
    private final List<Map<String, String>> residualFindings = new ArrayList<>();
    private final Map<String, List<String>> pixelRedactions = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> photos = new LinkedHashMap<>();

    public RunReport(String preset, List<String> options) {
        this.preset = preset;
        this.options = List.copyOf(options);
    }

    public void fileIn() {
        filesIn++;
    }

    public void written(ActionTally fileActions, int boxes) {
        filesOut++;
        actions.addAll(fileActions);
        boxesRedacted += boxes;
    }

    /** Where the pixels of a written file were blanked (one line per area, as in De-identification Method). */
    public void pixelRedactions(String relativePath, List<String> areas) {
        if (!areas.isEmpty()) {
            pixelRedactions.put(relativePath, List.copyOf(areas));
        }
    }

    /**
     * A JPEG/PNG/BMP upload re-encoded without metadata.
     *
     * @param outputPath       where it went, relative to the output root (BMP becomes PNG)
     * @param textBoxes        areas blanked as burned-in text ("x,y wxh")
     * @param facesBlurred     faces pixelated
     * @param metadataRemoved  metadata blocks dropped, e.g. "APP1 Exif"
     */
    public void photo(
            String relativePath,
            String outputPath,
            List<String> textBoxes,
            int facesBlurred,
            List<String> metadataRemoved) {
        filesIn++;
        filesOut++;
        boxesRedacted += textBoxes.size();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("output", outputPath);
        entry.put("textBoxes", List.copyOf(textBoxes));
        entry.put("facesBlurred", facesBlurred);
        entry.put("metadataRemoved", List.copyOf(metadataRemoved));
        photos.put(relativePath, entry);
    }

    public void quarantined(String relativePath, List<Finding> findings, List<String> otherReasons) {
        List<String> reasons = new ArrayList<>(otherReasons);
        findings.forEach(f -> {
            reasons.add(f.toString());
            residualFindings.add(Map.of("file", relativePath, "location", f.location(), "kind", f.kind()));
        });
        quarantined.put(relativePath, reasons);
    }

    public void skipped(String relativePath, String reason) {
        skipped.put(relativePath, reason);
    }

    public int filesIn() {
        return filesIn;
    }

    public int filesOut() {
        return filesOut;
    }

    public int quarantinedCount() {
        return quarantined.size();
    }

    public int skippedCount() {
        return skipped.size();
    }

    public ActionTally actions() {
        return actions;
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("preset", preset);
        root.put("options", options);
        root.put("filesIn", filesIn);
        root.put("filesOut", filesOut);
        root.put("filesQuarantined", quarantined.size());
        root.put("filesSkipped", skipped.size());
        root.put("boxesRedacted", boxesRedacted);
        root.put("quarantined", quarantined);
        root.put("skipped", skipped);
        root.put("actions", actions.asMap());
        root.put("residualFindings", residualFindings);
        root.put("pixelRedactions", pixelRedactions);
        root.put("photos", photos);
        return Json.write(root);
    }

    public String summary() {
        return String.format(
                "de-identified %d of %d DICOM files (%d quarantined, %d non-DICOM skipped); "
                        + "%d element actions, %d pixel boxes redacted, %d residual findings",
                filesOut,
                filesIn,
                quarantined.size(),
                skipped.size(),
                actions.total(),
                boxesRedacted,
                residualFindings.size());
    }
}
