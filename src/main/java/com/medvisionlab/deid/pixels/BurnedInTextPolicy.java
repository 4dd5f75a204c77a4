package com.medvisionlab.deid.pixels;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an image must be scanned for burned-in text, from plain header strings. The header flag alone
 * cannot be trusted (devices write BurnedInAnnotation=NO on screens full of text), so modalities that habitually
 * burn in text are always scanned.
 */
public final class BurnedInTextPolicy {

    /** Ultrasound, secondary capture, other, angiography, endoscopy: screens captured with text on them. */
    private static final Set<String> ALWAYS = Set.of("US", "SC", "OT", "XA", "ES", "IVUS", "XC", "RF", "DOC");
    /** Projection radiography sometimes carries burned-in markers/annotations, typically on derived images. */
    private static final Set<String> WHEN_ANNOTATED = Set.of("DX", "CR", "MG", "IO", "PX");

    /**
     * @param modality            Modality (0008,0060), may be empty
     * @param burnedInAnnotation  BurnedInAnnotation (0028,0301) as written ("YES"/"NO"/empty)
     * @param imageType           Image Type (0008,0008) as written, e.g. "DERIVED\SECONDARY"
     * @param scanAll             the operator asked to scan everything
     */
    public record Input(String modality, String burnedInAnnotation, String imageType, boolean scanAll) {
        public Input {
            modality = normal(modality);
            burnedInAnnotation = normal(burnedInAnnotation);
            imageType = normal(imageType);
        }

        private static String normal(String s) {
            return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** The verdict and the reason, for the de-identification log. */
    public record Decision(boolean scan, String reason) {}

    public Decision decide(Input in) {
        if (in.scanAll()) {
            return new Decision(true, "scan of all images requested");
        }
        if (in.burnedInAnnotation().equals("YES")) {
            return new Decision(true, "BurnedInAnnotation is YES");
        }
        if (ALWAYS.contains(in.modality())) {
            return new Decision(true, "modality " + in.modality() + " routinely carries burned-in text");
        }
        if (in.modality().isEmpty()) {
            return new Decision(true, "modality unknown");
        }
        boolean derived = in.imageType().startsWith("DERIVED") || in.imageType().contains("SECONDARY");
        if (WHEN_ANNOTATED.contains(in.modality()) && derived) {
            return new Decision(true, "derived " + in.modality() + " image may carry annotations");
        }
        if (in.imageType().contains("LOCALIZER")) {
            // scout views are often exported with the patient banner burned in (e.g. presidio's CT sample)
            return new Decision(true, "localizer images often carry a burned-in patient banner");
        }
        if (in.imageType().contains("SCREEN") || in.imageType().contains("CAPTURE")) {
            return new Decision(true, "image type " + in.imageType() + " suggests a screen capture");
        }
        return new Decision(false, "modality " + in.modality() + " without burned-in annotation flag");
    }
}
