package com.medvisionlab.deid.pixels;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from plain header strings, how an image is scanned for burned-in text. Every image is scanned by the
 * detector: headers lie (BurnedInAnnotation=NO on scanned films, screenshots, old modalities), so no header can switch
 * the scan off. What the header still tells is where text is EXPECTED (the flag says YES, or the modality habitually
 * burns text in): there the whole image is also read by OCR, and verified even when the detector saw nothing.
 * Elsewhere OCR runs only where the detector flags text. The one way round the scan is the operator's explicit
 * "trust the headers" opt-out, which brings back the header-based rule and is reported on every image it skips.
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
     * @param trustHeader         the operator opted out of the full scan: images whose header and modality suggest
     *                            no text are left unscanned (the rule before every image was scanned)
     */
    public record Input(String modality, String burnedInAnnotation, String imageType, boolean trustHeader) {
        public Input {
            modality = normal(modality);
            burnedInAnnotation = normal(burnedInAnnotation);
            imageType = normal(imageType);
        }

        private static String normal(String s) {
            return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        }
    }

    /**
     * The verdict and the reason, for the de-identification log.
     *
     * @param scan         run the text detector on every frame
     * @param textExpected the header or modality suggests text: OCR reads the whole image and verifies it even when
     *                     the detector finds nothing (otherwise OCR runs only on what the detector flags)
     * @param reason       why, in a few words
     */
    public record Decision(boolean scan, boolean textExpected, String reason) {}

    public Decision decide(Input in) {
        Optional<String> expected = textExpected(in);
        if (expected.isPresent()) {
            return new Decision(true, true, expected.get());
        }
        String header = describe(in);
        if (in.trustHeader()) {
            return new Decision(false, false, "not scanned: header trusted on request (" + header + ")");
        }
        return new Decision(true, false, "every image is scanned, header not trusted (" + header + ")");
    }

    /** Why the header or modality suggests burned-in text, if it does. */
    private static Optional<String> textExpected(Input in) {
        if (in.burnedInAnnotation().equals("YES")) {
            return Optional.of("BurnedInAnnotation is YES");
        }
        if (ALWAYS.contains(in.modality())) {
            return Optional.of("modality " + in.modality() + " routinely carries burned-in text");
        }
        if (in.modality().isEmpty()) {
            return Optional.of("modality unknown");
        }
        boolean derived = in.imageType().startsWith("DERIVED") || in.imageType().contains("SECONDARY");
        if (WHEN_ANNOTATED.contains(in.modality()) && derived) {
            return Optional.of("derived " + in.modality() + " image may carry annotations");
        }
        if (in.imageType().contains("LOCALIZER")) {
            // scout views are often exported with the patient banner burned in (e.g. presidio's CT sample)
            return Optional.of("localizer images often carry a burned-in patient banner");
        }
        if (in.imageType().contains("SCREEN") || in.imageType().contains("CAPTURE")) {
            return Optional.of("image type suggests a screen capture");
        }
        return Optional.empty();
    }

    private static String describe(Input in) {
        String flag = in.burnedInAnnotation().isEmpty() ? "absent" : in.burnedInAnnotation();
        return in.modality() + ", BurnedInAnnotation " + flag;
    }
}
