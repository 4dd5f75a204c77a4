package com.medvisionlab.demo.phantom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.medvisionlab.dicom.data.Tags;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The phantom's facts, measured on the encoded series with only its own header for geometry and rescale. */
class CtPhantomTest {

    private static List<GeneratedImages> series;

    @BeforeAll
    static void generateOnce() {
        series = new ArrayList<>();
        for (GeneratedObject slice : CtPhantom.generate()) {
            series.add(GeneratedImages.decode(slice));
        }
    }

    @Test
    void every_lesion_measures_its_designed_hu_and_sits_in_lung() {
        for (Lesion lesion : CtPhantom.LESIONS) {
            Stats inside = measure(lesion, 0, lesion.radiusMm());
            Stats shell = measure(lesion, lesion.radiusMm() + 2, lesion.radiusMm() + 4);
            assertThat(inside.count).as(lesion.id()).isGreaterThan(50);
            assertThat(inside.mean()).as(lesion.id()).isCloseTo(lesion.hu(), within(1.5));
            assertThat(shell.mean()).as(lesion.id() + " surroundings").isCloseTo(CtPhantom.LUNG_HU, within(1.5));
        }
    }

    @Test
    void lesion_volumes_match_their_designed_diameters() {
        double voxel = CtPhantom.PIXEL_SPACING_MM * CtPhantom.PIXEL_SPACING_MM * CtPhantom.SLICE_SPACING_MM;
        for (Lesion lesion : CtPhantom.LESIONS) {
            double designed = 4 / 3.0 * Math.PI * Math.pow(lesion.radiusMm(), 3);
            // voxels clearly nearer the lesion's HU than the lung's, counted around the lesion
            long count = 0;
            double threshold = (lesion.hu() + CtPhantom.LUNG_HU) / 2.0;
            for (int k = 0; k < series.size(); k++) {
                count += countAbove(k, lesion, threshold);
            }
            assertThat(count * voxel).as(lesion.id()).isCloseTo(designed, within(designed * 0.25));
        }
    }

    @Test
    void tissues_have_their_designed_hu() {
        int middle = CtPhantom.SLICE_COUNT / 2;
        // anterior midline between sternum and heart region: soft tissue; lateral fat ring; outside air
        assertThat(meanAt(middle, 0, -60, 3)).isCloseTo(CtPhantom.SOFT_TISSUE_HU, within(2.0));
        assertThat(meanAt(middle, CtPhantom.BODY_HALF_WIDTH_MM - CtPhantom.FAT_RING_MM / 2, 0, 3))
                .isCloseTo(CtPhantom.FAT_HU, within(2.0));
        assertThat(meanAt(middle, 0, 80, 6)).isCloseTo(CtPhantom.BONE_HU, within(2.0));
        assertThat(meanAt(middle, -85, -5, 10)).isCloseTo(CtPhantom.LUNG_HU, within(2.0));
        assertThat(meanAt(middle, 175, -150, 5)).isCloseTo(CtPhantom.AIR_HU, within(2.0));
    }

    @Test
    void header_states_spacing_orientation_rescale_and_windows() {
        GeneratedImages first = series.getFirst();
        assertThat(first.doubles(Tags.PixelSpacing)).containsExactly(0.7, 0.7);
        assertThat(first.doubles(Tags.SliceThickness)).containsExactly(CtPhantom.SLICE_THICKNESS_MM);
        assertThat(first.doubles(Tags.ImageOrientationPatient)).containsExactly(1, 0, 0, 0, 1, 0);
        assertThat(first.doubles(Tags.RescaleIntercept)).containsExactly(-1024);
        assertThat(first.dataset().getInt(Tags.PixelRepresentation)).hasValue(1);
        assertThat(first.dataset().getInt(Tags.Rows)).hasValue(512);
        assertThat(first.doubles(Tags.WindowCenter)).containsExactly(-600, 40, 400);
        assertThat(first.doubles(Tags.WindowWidth)).containsExactly(1500, 400, 1800);
        assertThat(first.dataset().getStrings(Tags.WindowCenterWidthExplanation))
                .containsExactly("LUNG", "MEDIASTINUM", "BONE");
    }

    @Test
    void slice_positions_fall_monotonically_by_the_slice_spacing_with_one_frame_of_reference() {
        assertThat(series).hasSize(CtPhantom.SLICE_COUNT).hasSizeBetween(40, 60);
        double[] z = series.stream()
                .mapToDouble(s -> s.doubles(Tags.ImagePositionPatient)[2])
                .toArray();
        for (int k = 1; k < z.length; k++) {
            assertThat(z[k - 1] - z[k]).isCloseTo(CtPhantom.SLICE_SPACING_MM, within(1e-9));
        }
        assertThat(series.stream()
                        .map(s -> s.dataset().getString(Tags.FrameOfReferenceUID))
                        .distinct())
                .hasSize(1);
        assertThat(series.stream()
                        .map(s -> s.dataset().getString(Tags.SOPInstanceUID).orElseThrow())
                        .distinct())
                .hasSize(CtPhantom.SLICE_COUNT);
        assertThat(series.stream()
                        .map(s -> s.dataset().getInt(Tags.InstanceNumber).orElseThrow()))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 48).boxed().toList());
    }

    @Test
    void the_header_identifies_an_invented_patient() {
        var ds = series.getFirst().dataset();
        assertThat(ds.getString(Tags.PatientName)).hasValue(SyntheticPatient.CT.name());
        assertThat(ds.getString(Tags.PatientID)).hasValue(SyntheticPatient.CT.patientId());
        assertThat(ds.getString(Tags.BurnedInAnnotation)).hasValue("NO");
    }

    @Test
    void generating_again_gives_the_same_bytes() {
        assertThat(CtPhantom.slice(7).encode()).isEqualTo(CtPhantom.slice(7).encode());
    }

    // --- measuring with the header's geometry only

    private record Stats(double sum, long count) {
        double mean() {
            return sum / count;
        }
    }

    private static Stats measure(Lesion lesion, double fromMm, double toMm) {
        double sum = 0;
        long count = 0;
        for (int k = 0; k < series.size(); k++) {
            GeneratedImages slice = series.get(k);
            double[] origin = slice.doubles(Tags.ImagePositionPatient);
            double spacing = slice.doubles(Tags.PixelSpacing)[0];
            double intercept = slice.doubles(Tags.RescaleIntercept)[0];
            int columns = slice.dataset().getInt(Tags.Columns).orElseThrow();
            double dz = origin[2] - lesion.zMm();
            if (Math.abs(dz) > toMm) {
                continue;
            }
            for (int i = 0; i < slice.samples().length; i++) {
                double x = origin[0] + (i % columns) * spacing;
                double y = origin[1] + (i / columns) * spacing;
                double d = Math.sqrt(
                        (x - lesion.xMm()) * (x - lesion.xMm()) + (y - lesion.yMm()) * (y - lesion.yMm()) + dz * dz);
                if (d >= fromMm && d <= toMm) {
                    sum += slice.samples()[i] + intercept;
                    count++;
                }
            }
        }
        return new Stats(sum, count);
    }

    private static long countAbove(int k, Lesion lesion, double thresholdHu) {
        GeneratedImages slice = series.get(k);
        double[] origin = slice.doubles(Tags.ImagePositionPatient);
        if (Math.abs(origin[2] - lesion.zMm()) > lesion.radiusMm() + 3) {
            return 0;
        }
        double spacing = slice.doubles(Tags.PixelSpacing)[0];
        double intercept = slice.doubles(Tags.RescaleIntercept)[0];
        long count = 0;
        int reach = (int) Math.ceil((lesion.radiusMm() + 3) / spacing);
        int cc = (int) Math.round((lesion.xMm() - origin[0]) / spacing);
        int cr = (int) Math.round((lesion.yMm() - origin[1]) / spacing);
        for (int r = cr - reach; r <= cr + reach; r++) {
            for (int c = cc - reach; c <= cc + reach; c++) {
                double hu = slice.samples()[r * CtPhantom.COLUMNS + c] + intercept;
                if (lesion.hu() > CtPhantom.LUNG_HU ? hu > thresholdHu : hu < thresholdHu) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double meanAt(int k, double xMm, double yMm, double radiusMm) {
        GeneratedImages slice = series.get(k);
        double[] origin = slice.doubles(Tags.ImagePositionPatient);
        double spacing = slice.doubles(Tags.PixelSpacing)[0];
        double intercept = slice.doubles(Tags.RescaleIntercept)[0];
        List<Double> picked = new ArrayList<>();
        for (int i = 0; i < slice.samples().length; i++) {
            double x = origin[0] + (i % CtPhantom.COLUMNS) * spacing;
            double y = origin[1] + (i / CtPhantom.COLUMNS) * spacing;
            if (Math.hypot(x - xMm, y - yMm) <= radiusMm) {
                picked.add(slice.samples()[i] + intercept);
            }
        }
        assertThat(picked).isNotEmpty();
        return picked.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
