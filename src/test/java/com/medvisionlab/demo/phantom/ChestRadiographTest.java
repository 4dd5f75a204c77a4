package com.medvisionlab.demo.phantom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.medvisionlab.demo.phantom.ChestRadiograph.Feature;
import com.medvisionlab.dicom.data.Tags;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChestRadiographTest {

    private static GeneratedImages image;
    private static short[] all;

    @BeforeAll
    static void generateOnce() {
        image = GeneratedImages.decode(ChestRadiograph.generate());
        all = ChestRadiograph.pixels(EnumSet.allOf(Feature.class));
    }

    @Test
    void header_describes_a_12_bit_monochrome2_pa_radiograph_with_its_spacing() {
        var ds = image.dataset();
        assertThat(ds.getString(Tags.Modality)).hasValue("DX");
        assertThat(ds.getString(Tags.PhotometricInterpretation)).hasValue("MONOCHROME2");
        assertThat(ds.getInt(Tags.BitsStored)).hasValue(12);
        assertThat(ds.getInt(Tags.Rows)).hasValue(ChestRadiograph.ROWS);
        assertThat(image.doubles(Tags.ImagerPixelSpacing)).containsExactly(0.35, 0.35);
        assertThat(image.doubles(Tags.PixelSpacing)).containsExactly(0.35, 0.35);
        assertThat(ds.getString(Tags.ViewPosition)).hasValue("PA");
        assertThat(ds.getString(Tags.PatientName)).hasValue("ZHANG^XIAOMEI=张^晓梅");
        assertThat(java.util.Arrays.stream(image.samples()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(java.util.Arrays.stream(image.samples()).max().orElseThrow()).isLessThanOrEqualTo(4095);
    }

    @Test
    void the_nodule_adds_attenuation_exactly_within_its_designed_diameter() {
        short[] without = ChestRadiograph.pixels(EnumSet.complementOf(EnumSet.of(Feature.NODULE)));
        double radius = ChestRadiograph.NODULE_DIAMETER_MM / 2;
        double inner = 0;
        int innerCount = 0;
        for (int i = 0; i < all.length; i++) {
            double x = ChestRadiograph.columnX(i % ChestRadiograph.COLUMNS) - ChestRadiograph.NODULE_X_MM;
            double y = ChestRadiograph.rowY(i / ChestRadiograph.COLUMNS) - ChestRadiograph.NODULE_Y_MM;
            double d = Math.hypot(x, y);
            int difference = all[i] - without[i];
            if (d > radius + ChestRadiograph.PIXEL_SPACING_MM) {
                assertThat(difference).as("outside the nodule at %.1f mm", d).isZero();
            } else if (d < radius / 2) {
                inner += difference;
                innerCount++;
            }
        }
        assertThat(inner / innerCount).as("brightening in the nodule's middle").isGreaterThan(400);
        assertThat(ChestRadiograph.noduleCentreColumn()).isBetween(512, 1023);
    }

    @Test
    void the_nodule_is_in_the_left_lung_and_brighter_than_the_lung_around_it() {
        int c = ChestRadiograph.noduleCentreColumn();
        int r = ChestRadiograph.noduleCentreRow();
        double centre = mean(all, c, r, 6);
        double lungBeside = mean(all, c, r + 40, 6); // 14 mm below, still lung
        assertThat(centre - lungBeside).isGreaterThan(300);
        assertThat(lungBeside).isLessThan(mean(all, 512, 700, 6)); // darker than the heart shadow
    }

    @Test
    void the_pneumothorax_rim_has_no_lung_markings() {
        short[] withoutMarkings = ChestRadiograph.pixels(EnumSet.of(Feature.PNEUMOTHORAX, Feature.NODULE));
        // right apex, inside the rim between the chest wall and the collapsed lung's edge; noise is identical
        int markedPixels = 0;
        int rimPixels = 0;
        for (int i = 0; i < all.length; i++) {
            if (ChestRadiograph.inPneumothorax(
                    ChestRadiograph.columnX(i % ChestRadiograph.COLUMNS),
                    ChestRadiograph.rowY(i / ChestRadiograph.COLUMNS))) {
                rimPixels++;
                if (all[i] != withoutMarkings[i]) {
                    markedPixels++;
                }
            }
        }
        assertThat(rimPixels).isGreaterThan(2000);
        assertThat(markedPixels).isZero();
        // while the rest of the lungs do have them
        assertThat(differing(all, withoutMarkings)).isGreaterThan(20_000);
    }

    @Test
    void generating_again_gives_the_same_bytes() {
        assertThat(ChestRadiograph.generate().encode())
                .isEqualTo(ChestRadiograph.generate().encode());
    }

    private static long differing(short[] a, short[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private static double mean(short[] pixels, int column, int row, int half) {
        double sum = 0;
        int n = 0;
        for (int r = row - half; r <= row + half; r++) {
            for (int c = column - half; c <= column + half; c++) {
                sum += pixels[r * ChestRadiograph.COLUMNS + c];
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void pixel_geometry_puts_the_image_centre_at_zero() {
        assertThat(ChestRadiograph.columnX(0) + ChestRadiograph.columnX(ChestRadiograph.COLUMNS - 1))
                .isCloseTo(0, within(1e-9));
    }
}
