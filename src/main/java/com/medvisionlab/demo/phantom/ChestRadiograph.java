package com.medvisionlab.demo.phantom;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * A PA chest-radiograph-like image (DX, MONOCHROME2, 12 bits stored, brighter = more attenuation): trunk, lungs
 * with vessel markings, mediastinum and heart, spine, clavicles, posterior ribs, diaphragm domes, a right apical
 * pneumothorax (a rim without markings behind a thin visceral pleural line) and a solitary nodule in the left mid
 * zone. Drawn as a sum of projected attenuations with soft edges; no text anywhere. Deterministic.
 *
 * <p>Geometry: pixel (column c, row r) is at x = {@link #columnX(int)}, y = {@link #rowY(int)} mm from the image
 * centre, x towards the patient's left (image right, as a PA film is viewed), y towards the feet.
 */
public final class ChestRadiograph {

    public static final int ROWS = 1024;
    public static final int COLUMNS = 1024;
    public static final double PIXEL_SPACING_MM = 0.35;
    public static final int BITS_STORED = 12;

    /** The nodule: centre (mm from the image centre) and diameter. */
    public static final double NODULE_X_MM = 88;

    public static final double NODULE_Y_MM = -12;
    public static final double NODULE_DIAMETER_MM = 14;

    /** The pneumothorax: patient's right (image left), apical; the lung edge sits this far inside the chest wall. */
    public static final String PNEUMOTHORAX_SIDE = "RIGHT";

    public static final double PNEUMOTHORAX_RIM_MM = 12;
    /** The pneumothorax is apical and lateral: nothing of it below this y (mm). */
    public static final double PNEUMOTHORAX_LOWER_Y_MM = 30;

    public static final String SOP_CLASS_DX_FOR_PRESENTATION = "1.2.840.10008.5.1.4.1.1.1.1";
    public static final String STUDY_UID = DemoUids.of("chest-radiograph/study");
    public static final String SERIES_UID = DemoUids.of("chest-radiograph/series");
    public static final String SOP_INSTANCE_UID = DemoUids.of("chest-radiograph/instance/1");

    private static final int BACKGROUND = 180;
    private static final double GAIN = 2000;
    private static final double NOISE_SD = 12;

    /** What the image shows; tests leave one out to see exactly where it contributes. */
    enum Feature {
        MARKINGS,
        PNEUMOTHORAX,
        NODULE
    }

    private ChestRadiograph() {}

    public static double columnX(int column) {
        return (column - (COLUMNS - 1) / 2.0) * PIXEL_SPACING_MM;
    }

    public static double rowY(int row) {
        return (row - (ROWS - 1) / 2.0) * PIXEL_SPACING_MM;
    }

    public static int noduleCentreColumn() {
        return (int) Math.round(NODULE_X_MM / PIXEL_SPACING_MM + (COLUMNS - 1) / 2.0);
    }

    public static int noduleCentreRow() {
        return (int) Math.round(NODULE_Y_MM / PIXEL_SPACING_MM + (ROWS - 1) / 2.0);
    }

    /** The image with its invented identifying header of {@link SyntheticPatient#CXR}. */
    public static GeneratedObject generate() {
        var study = new IdentifyingHeader.Study(STUDY_UID, "DEMODX0822", "20240902", "141530", "胸部正位 CHEST PA");
        Dataset ds = IdentifyingHeader.start(SyntheticPatient.CXR, study);
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.setString(Tags.SOPClassUID, VR.UI, SOP_CLASS_DX_FOR_PRESENTATION);
        ds.setString(Tags.SOPInstanceUID, VR.UI, SOP_INSTANCE_UID);
        ds.setString(Tags.Modality, VR.CS, "DX");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, SERIES_UID);
        ds.setString(Tags.SeriesNumber, VR.IS, "1");
        ds.setString(Tags.SeriesDescription, VR.LO, "CHEST PA 张晓梅");
        ds.setString(Tags.InstanceNumber, VR.IS, "1");
        ds.setString(Tags.PresentationIntentType, VR.CS, "FOR PRESENTATION");
        ds.setString(Tags.BodyPartExamined, VR.CS, "CHEST");
        ds.setString(Tags.ViewPosition, VR.CS, "PA");
        ds.setString(Tags.PatientOrientation, VR.CS, "L", "F");
        ds.setString(Tags.KVP, VR.DS, "125");
        ds.setString(Tags.ImagerPixelSpacing, VR.DS, CtPhantom.ds(PIXEL_SPACING_MM), CtPhantom.ds(PIXEL_SPACING_MM));
        ds.setString(Tags.PixelSpacing, VR.DS, CtPhantom.ds(PIXEL_SPACING_MM), CtPhantom.ds(PIXEL_SPACING_MM));
        ds.setInts(Tags.Rows, VR.US, ROWS);
        ds.setInts(Tags.Columns, VR.US, COLUMNS);
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, BITS_STORED);
        ds.setInts(Tags.HighBit, VR.US, BITS_STORED - 1);
        ds.setInts(Tags.PixelRepresentation, VR.US, 0);
        ds.setString(Tags.WindowCenter, VR.DS, "2048");
        ds.setString(Tags.WindowWidth, VR.DS, "4096");
        ds.setString(Tags.LossyImageCompression, VR.CS, "00");
        ds.setBytes(Tags.PixelData, VR.OW, IdentifyingHeader.littleEndian(pixels(EnumSet.allOf(Feature.class))));
        var file = new DicomFile(
                IdentifyingHeader.fileMeta(SOP_CLASS_DX_FOR_PRESENTATION, SOP_INSTANCE_UID),
                ds,
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        return new GeneratedObject("chest-pa.dcm", file);
    }

    /** Stored values (row-major, 0..4095) of the image with these features. */
    static short[] pixels(Set<Feature> features) {
        float[] markings = features.contains(Feature.MARKINGS) ? vesselMarkings() : new float[ROWS * COLUMNS];
        Random noise = new Random(11);
        int max = (1 << BITS_STORED) - 1;
        short[] stored = new short[ROWS * COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            double y = rowY(r);
            for (int c = 0; c < COLUMNS; c++) {
                double x = columnX(c);
                double attenuation = attenuation(x, y, features, markings[r * COLUMNS + c]);
                double value = BACKGROUND + GAIN * attenuation + noise.nextGaussian() * NOISE_SD;
                stored[r * COLUMNS + c] = (short) Math.clamp(Math.round(value), 0, max);
            }
        }
        return stored;
    }

    private static double attenuation(double x, double y, Set<Feature> features, float marking) {
        double trunk = inside(ellipseDistance(x, y, 0, 40, 158, 230), 3) * shoulders(x, y);
        double lungs = 0;
        for (int side : new int[] {-1, 1}) {
            double lung = inside(lungDistance(x, y, side), 2.5) * inside(y - dome(x, side), 4);
            if (side < 0 && features.contains(Feature.PNEUMOTHORAX) && y < PNEUMOTHORAX_LOWER_Y_MM) {
                // beyond the visceral pleura only air: a little darker, and a thin bright line at the pleura
                double edge = collapsedLungDistance(x, y);
                lungs -= 0.05 * lung * (1 - inside(edge, 0.6));
                lungs += 0.09 * lung * Math.exp(-edge * edge / 0.4);
            }
            lungs += lung;
        }
        double heart = inside(ellipseDistance(x, y, 22, 60, 70, 54), 4);
        double mediastinum = inside(Math.abs(x - 4) - 26, 4) * inside(y - 70, 6) * inside(-150 - y, 6);
        double spine = inside(Math.abs(x) - 17, 2);
        double abdomen = inside(dome(x, x < 0 ? -1 : 1) - y, 4);
        double thorax = inside(ellipseDistance(x, y, -76, -25, 82, 132), 4)
                + inside(ellipseDistance(x, y, 76, -25, 78, 130), 4);
        double bones = Math.min(1, ribs(x, y) * Math.min(1, thorax) + clavicles(x, y));
        double centre = Math.max(heart, mediastinum);
        double a = trunk * (0.95 + 0.4 * Math.max(centre, abdomen) + 0.15 * spine)
                - 0.68 * lungs * (1 - 0.6 * centre)
                + 0.25 * bones * trunk;
        boolean airRim = features.contains(Feature.PNEUMOTHORAX)
                && y < PNEUMOTHORAX_LOWER_Y_MM
                && lungDistance(x, y, -1) < 0
                && collapsedLungDistance(x, y) > 0;
        if (!airRim) {
            a += marking * lungs;
        }
        if (features.contains(Feature.NODULE)) {
            double r = NODULE_DIAMETER_MM / 2;
            double d2 = (x - NODULE_X_MM) * (x - NODULE_X_MM) + (y - NODULE_Y_MM) * (y - NODULE_Y_MM);
            if (d2 < r * r) {
                // a sphere projects as its chord length: sqrt(r^2 - d^2)
                a += 0.32 * Math.sqrt(r * r - d2) / r;
            }
        }
        return Math.max(0, a);
    }

    /**
     * Whether a point lies well inside the pneumothorax's air rim: within the right lung's outline, above
     * {@link #PNEUMOTHORAX_LOWER_Y_MM}, at least a millimetre outside the collapsed lung's edge.
     */
    static boolean inPneumothorax(double x, double y) {
        return y < PNEUMOTHORAX_LOWER_Y_MM - 1
                && lungDistance(x, y, -1) < -1
                && y - dome(x, -1) < -1
                && collapsedLungDistance(x, y) > 1;
    }

    /** Signed distance to the outline of the right (side -1) or left (+1) lung, mm. */
    private static double lungDistance(double x, double y, int side) {
        return ellipseDistance(x, y, side * 76, -25, side < 0 ? 64 : 60, 118);
    }

    /** Signed distance to the edge of the partly collapsed right lung, mm. */
    private static double collapsedLungDistance(double x, double y) {
        double rim = PNEUMOTHORAX_RIM_MM;
        return ellipseDistance(x, y, -76 + rim / 2, -25 + rim, 64 - rim, 118 - rim);
    }

    /** Shoulders and neck: the trunk narrows above the clavicles. */
    private static double shoulders(double x, double y) {
        if (y > -150) {
            return 1;
        }
        double neck = inside(Math.abs(x) - 45, 4);
        double shoulder = inside(-172 - y, 4);
        return Math.max(neck, shoulder);
    }

    /** The diaphragm dome under one lung: its top at y = 78 (right, higher) or 90 (left), sloping down laterally. */
    private static double dome(double x, int side) {
        double peak = side < 0 ? 78 : 90;
        double u = (x - side * 70) / 70;
        return peak + 22 * u * u;
    }

    private static double ribs(double x, double y) {
        double ax = Math.abs(x);
        if (ax < 18 || ax > 150) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            double centre = -150 + i * 23 + 0.0022 * ax * ax;
            double d = Math.abs(y - centre);
            // cortex brighter than the middle of the rib
            sum += inside(d - 4.5, 0.7) * (d > 3.2 ? 1.0 : 0.7);
        }
        return sum;
    }

    private static double clavicles(double x, double y) {
        double ax = Math.abs(x);
        if (ax < 22 || ax > 135) {
            return 0;
        }
        double centre = -148 + 0.12 * ax - 0.0006 * (ax - 70) * (ax - 70);
        return inside(Math.abs(y - centre) - 6, 1);
    }

    /** Branching vessel shadows from each hilum, fading towards the periphery; an extra attenuation per pixel. */
    private static float[] vesselMarkings() {
        float[] out = new float[ROWS * COLUMNS];
        Random random = new Random(7);
        for (int side : new int[] {-1, 1}) {
            for (int i = 0; i < 28; i++) {
                double angle = Math.toRadians(
                        side < 0 ? 180 - (random.nextDouble() * 150 - 75) : random.nextDouble() * 150 - 75);
                branch(out, side * 42, 5, angle, 40 + random.nextDouble() * 70, 3.6, random, 2);
            }
        }
        return out;
    }

    private static void branch(
            float[] out, double x, double y, double angle, double length, double width, Random random, int depth) {
        double step = PIXEL_SPACING_MM;
        double cx = x;
        double cy = y;
        for (double s = 0; s < length; s += step) {
            cx += Math.cos(angle) * step;
            cy += Math.sin(angle) * step;
            angle += (random.nextDouble() - 0.5) * 0.08;
            double w = width * (1 - 0.6 * s / length);
            stamp(out, cx, cy, w, 0.16 * (1 - 0.6 * s / length));
            if (depth > 0 && random.nextDouble() < 0.012) {
                branch(
                        out,
                        cx,
                        cy,
                        angle + (random.nextBoolean() ? 0.5 : -0.5),
                        (length - s) * 0.7,
                        w * 0.7,
                        random,
                        depth - 1);
            }
        }
    }

    /** A soft disc of the given diameter and strength, kept at the strongest where discs overlap. */
    private static void stamp(float[] out, double x, double y, double width, double strength) {
        double radius = width / 2;
        int c0 = (int) Math.floor((x - radius - 1) / PIXEL_SPACING_MM + (COLUMNS - 1) / 2.0);
        int c1 = (int) Math.ceil((x + radius + 1) / PIXEL_SPACING_MM + (COLUMNS - 1) / 2.0);
        int r0 = (int) Math.floor((y - radius - 1) / PIXEL_SPACING_MM + (ROWS - 1) / 2.0);
        int r1 = (int) Math.ceil((y + radius + 1) / PIXEL_SPACING_MM + (ROWS - 1) / 2.0);
        for (int r = Math.max(0, r0); r <= Math.min(ROWS - 1, r1); r++) {
            for (int c = Math.max(0, c0); c <= Math.min(COLUMNS - 1, c1); c++) {
                double d = Math.hypot(columnX(c) - x, rowY(r) - y);
                float v = (float) (strength * inside(d - radius, 0.5));
                int i = r * COLUMNS + c;
                out[i] = Math.max(out[i], v);
            }
        }
    }

    /** Approximate signed distance to an ellipse's edge (negative inside), mm. */
    private static double ellipseDistance(double x, double y, double cx, double cy, double a, double b) {
        double u = (x - cx) / a;
        double v = (y - cy) / b;
        return (Math.sqrt(u * u + v * v) - 1) * Math.min(a, b);
    }

    /** 1 well inside (negative distance), 0 well outside, a smooth ramp of about {@code soft} mm between. */
    private static double inside(double signedDistance, double soft) {
        return 1 / (1 + Math.exp(signedDistance / soft * 2.5));
    }
}
