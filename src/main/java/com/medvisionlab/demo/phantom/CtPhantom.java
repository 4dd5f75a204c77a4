package com.medvisionlab.demo.phantom;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A CT chest phantom series: axial 512x512 slices, 16-bit signed, stored value = HU - {@link #RESCALE_INTERCEPT}.
 * A body ellipse of soft tissue in a subcutaneous fat ring, two lungs that narrow towards the ends of the scan, a
 * vertebra with its canal, a sternum, ribs and the {@link #LESIONS} of known size and HU. Deterministic: the same
 * call gives the same bytes. The constants are the facts measuring tests check against.
 *
 * <p>Geometry: pixel (column c, row r) of slice k has its centre at patient x = {@link #columnX(int)}, y =
 * {@link #rowY(int)}, z = {@link #sliceZ(int)}; orientation 1\0\0\0\1\0 (axial, head-first supine), slice 1 at the
 * top of the scan, positions falling by {@link #SLICE_SPACING_MM}.
 */
public final class CtPhantom {

    public static final int ROWS = 512;
    public static final int COLUMNS = 512;
    public static final int SLICE_COUNT = 48;
    public static final double PIXEL_SPACING_MM = 0.7;
    public static final double SLICE_THICKNESS_MM = 2.5;
    public static final double SLICE_SPACING_MM = 2.5;
    /** z of slice 1 (the most cranial); slice k (0-based) lies at {@code TOP_Z_MM - k * SLICE_SPACING_MM}. */
    public static final double TOP_Z_MM = 60.0;

    public static final double RESCALE_SLOPE = 1;
    public static final double RESCALE_INTERCEPT = -1024;

    public static final int AIR_HU = -1000;
    public static final int FAT_HU = -100;
    public static final int SOFT_TISSUE_HU = 40;
    public static final int LUNG_HU = -850;
    public static final int BONE_HU = 700;
    /** Standard deviation of the added Gaussian noise, HU. */
    public static final double NOISE_SD_HU = 6;

    /** Half-axes of the body ellipse (x, y) and the thickness of its fat ring, mm. */
    public static final double BODY_HALF_WIDTH_MM = 160;

    public static final double BODY_HALF_DEPTH_MM = 115;
    public static final double FAT_RING_MM = 12;

    public static final List<Lesion> LESIONS = List.of(
            new Lesion("rul-solid-nodule", -80, -15, 35, 6, 35),
            new Lesion("lll-ground-glass-nodule", 90, 20, -30, 5, -600),
            new Lesion("lul-calcified-granuloma", 70, -35, 10, 3, 600));

    public static final List<WindowPreset> WINDOWS = List.of(
            new WindowPreset("LUNG", -600, 1500),
            new WindowPreset("MEDIASTINUM", 40, 400),
            new WindowPreset("BONE", 400, 1800));

    public static final String SOP_CLASS_CT = "1.2.840.10008.5.1.4.1.1.2";
    public static final String STUDY_UID = DemoUids.of("ct-phantom/study");
    public static final String SERIES_UID = DemoUids.of("ct-phantom/series");

    /**
     * Centre of the lungs (patient x = -/+ this for right / left; y), mm: a point of {@link #LUNG_HU} on every slice
     * (the lungs keep half-axes of at least 42 x 59 mm around it), e.g. for an ROI of known mean.
     */
    public static final double LUNG_CENTRE_X_MM = 85;

    public static final double LUNG_CENTRE_Y_MM = -5;

    private static final double LUNG_HALF_WIDTH_MM = 52;
    private static final double LUNG_HALF_DEPTH_MM = 72;
    private static final double SPINE_Y_MM = 80;

    private CtPhantom() {}

    public static double columnX(int column) {
        return (column - (COLUMNS - 1) / 2.0) * PIXEL_SPACING_MM;
    }

    public static double rowY(int row) {
        return (row - (ROWS - 1) / 2.0) * PIXEL_SPACING_MM;
    }

    /** z of the 0-based slice {@code index}. */
    public static double sliceZ(int index) {
        return TOP_Z_MM - index * SLICE_SPACING_MM;
    }

    /** The noise-free attenuation of the phantom at a point (patient coordinates, mm), HU. */
    public static int huAt(double x, double y, double z) {
        for (Lesion lesion : LESIONS) {
            if (lesion.contains(x, y, z)) {
                return lesion.hu();
            }
        }
        if (!inEllipse(x, y, 0, 0, BODY_HALF_WIDTH_MM, BODY_HALF_DEPTH_MM)) {
            return AIR_HU;
        }
        if (isBone(x, y)) {
            return BONE_HU;
        }
        double lungScale = lungScale(z);
        for (int side : new int[] {-1, 1}) {
            if (inEllipse(
                    x,
                    y,
                    side * LUNG_CENTRE_X_MM,
                    LUNG_CENTRE_Y_MM,
                    LUNG_HALF_WIDTH_MM * lungScale,
                    LUNG_HALF_DEPTH_MM * lungScale)) {
                return LUNG_HU;
            }
        }
        boolean inner = inEllipse(x, y, 0, 0, BODY_HALF_WIDTH_MM - FAT_RING_MM, BODY_HALF_DEPTH_MM - FAT_RING_MM);
        return inner ? SOFT_TISSUE_HU : FAT_HU;
    }

    /** The lungs narrow towards apex and base: full size at z = 0, about 80% at the ends of the scan. */
    private static double lungScale(double z) {
        return 0.75 + 0.25 * Math.cos(Math.PI / 2 * z / 75);
    }

    private static boolean isBone(double x, double y) {
        boolean vertebralBody = inEllipse(x, y, 0, SPINE_Y_MM, 19, 16);
        boolean canal = inEllipse(x, y, 0, SPINE_Y_MM + 24, 7, 7);
        boolean spinousProcess = inEllipse(x, y, 0, SPINE_Y_MM + 36, 5, 9);
        boolean laminae = Math.abs(y - (SPINE_Y_MM + 24)) < 9 && Math.abs(x) < 14 && !canal;
        boolean sternum = inEllipse(x, y, 0, -BODY_HALF_DEPTH_MM + FAT_RING_MM + 8, 14, 5);
        return vertebralBody || spinousProcess || laminae || sternum || isRib(x, y);
    }

    /** Rib cross-sections: small bone discs just inside the fat ring, a few on each side. */
    private static boolean isRib(double x, double y) {
        for (int degrees : new int[] {-60, -35, -10, 15, 40, 120, 145, 170, 195, 220}) {
            double a = Math.toRadians(degrees);
            double rx = (BODY_HALF_WIDTH_MM - FAT_RING_MM - 8) * Math.cos(a);
            double ry = (BODY_HALF_DEPTH_MM - FAT_RING_MM - 8) * Math.sin(a);
            if (inEllipse(x, y, rx, ry, 5, 5)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inEllipse(double x, double y, double cx, double cy, double a, double b) {
        double u = (x - cx) / a;
        double v = (y - cy) / b;
        return u * u + v * v <= 1;
    }

    /** Stored values of one slice (row-major), noise included. */
    public static short[] slicePixels(int index) {
        Random noise = new Random(1000L + index);
        double z = sliceZ(index);
        short[] stored = new short[ROWS * COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            double y = rowY(r);
            for (int c = 0; c < COLUMNS; c++) {
                double hu = huAt(columnX(c), y, z) + noise.nextGaussian() * NOISE_SD_HU;
                stored[r * COLUMNS + c] = (short) Math.round((hu - RESCALE_INTERCEPT) / RESCALE_SLOPE);
            }
        }
        return stored;
    }

    /** The whole series with the invented identifying header of {@link SyntheticPatient#CT}. */
    public static List<GeneratedObject> generate() {
        List<GeneratedObject> slices = new ArrayList<>(SLICE_COUNT);
        for (int k = 0; k < SLICE_COUNT; k++) {
            slices.add(slice(k));
        }
        return slices;
    }

    public static GeneratedObject slice(int index) {
        var study =
                new IdentifyingHeader.Study(STUDY_UID, "DEMOCT0417", "20240611", "093012", "CT CHEST WITHOUT CONTRAST");
        String sop = DemoUids.of("ct-phantom/instance/" + (index + 1));
        Dataset ds = IdentifyingHeader.start(SyntheticPatient.CT, study);
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tags.SOPClassUID, VR.UI, SOP_CLASS_CT);
        ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, SERIES_UID);
        ds.setString(Tags.SeriesNumber, VR.IS, "2");
        ds.setString(Tags.SeriesDescription, VR.LO, "AXIAL 2.5 MM HARTLEY");
        ds.setString(Tags.InstanceNumber, VR.IS, String.valueOf(index + 1));
        ds.setString(Tags.OperatorsName, VR.PN, "BRENNAN^CLAIRE");
        ds.setString(Tags.BodyPartExamined, VR.CS, "CHEST");
        ds.setString(Tags.PatientPosition, VR.CS, "HFS");
        ds.setString(Tags.KVP, VR.DS, "120");
        ds.setString(Tags.SliceThickness, VR.DS, ds(SLICE_THICKNESS_MM));
        ds.setString(Tags.SpacingBetweenSlices, VR.DS, ds(SLICE_SPACING_MM));
        ds.setString(Tags.FrameOfReferenceUID, VR.UI, DemoUids.of("ct-phantom/frame-of-reference"));
        ds.setString(Tags.ImagePositionPatient, VR.DS, ds(columnX(0)), ds(rowY(0)), ds(sliceZ(index)));
        ds.setString(Tags.ImageOrientationPatient, VR.DS, "1", "0", "0", "0", "1", "0");
        ds.setString(Tags.SliceLocation, VR.DS, ds(sliceZ(index)));
        ds.setString(Tags.PixelSpacing, VR.DS, ds(PIXEL_SPACING_MM), ds(PIXEL_SPACING_MM));
        ds.setInts(Tags.Rows, VR.US, ROWS);
        ds.setInts(Tags.Columns, VR.US, COLUMNS);
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, 16);
        ds.setInts(Tags.HighBit, VR.US, 15);
        ds.setInts(Tags.PixelRepresentation, VR.US, 1);
        ds.setString(Tags.RescaleIntercept, VR.DS, ds(RESCALE_INTERCEPT));
        ds.setString(Tags.RescaleSlope, VR.DS, ds(RESCALE_SLOPE));
        ds.setString(Tags.RescaleType, VR.LO, "HU");
        ds.setString(
                Tags.WindowCenter,
                VR.DS,
                WINDOWS.stream().map(w -> ds(w.center())).toArray(String[]::new));
        ds.setString(
                Tags.WindowWidth,
                VR.DS,
                WINDOWS.stream().map(w -> ds(w.width())).toArray(String[]::new));
        ds.setString(
                Tags.WindowCenterWidthExplanation,
                VR.LO,
                WINDOWS.stream().map(WindowPreset::name).toArray(String[]::new));
        ds.setBytes(Tags.PixelData, VR.OW, IdentifyingHeader.littleEndian(slicePixels(index)));
        var file = new DicomFile(
                IdentifyingHeader.fileMeta(SOP_CLASS_CT, sop), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        return new GeneratedObject(String.format(Locale.ROOT, "ct-phantom-%03d.dcm", index + 1), file);
    }

    /** A DS value: plain decimal, no exponent, at most 16 characters. */
    static String ds(double value) {
        String s = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.length() > 16 ? s.substring(0, 16) : s;
    }
}
