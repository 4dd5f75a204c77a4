package com.medvisionlab.dicom.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand from the PS3.3 C.11.2.1.2/3 formulas, not taken from the code. */
class VoiWindowTest {

    @Test
    void linear_window_follows_the_c_minus_half_w_minus_one_formula() {
        // C.11.2.1.2.1 with c = 40, w = 400: lower bound 40 - 0.5 - 199.5 = -160, upper 40 - 0.5 + 199.5 = 239
        VoiWindow window = VoiWindow.linear(40, 400);
        assertThat(window.apply(-160, 0, 255)).isEqualTo(0);
        assertThat(window.apply(239.5, 0, 255)).isEqualTo(255);
        // x = 39.5 is the midpoint: ((39.5 - 39.5) / 399 + 0.5) * 255 = 127.5
        assertThat(window.apply(39.5, 0, 255)).isCloseTo(127.5, within(1e-9));
        assertThat(window.apply(-159, 0, 255)).isCloseTo(((-159 - 39.5) / 399 + 0.5) * 255, within(1e-9));
    }

    @Test
    void linear_exact_window_spans_exactly_c_plus_minus_w_over_two() {
        // C.11.2.1.3.2 with c = 100, w = 50: 75 -> 0, 125 -> 255, 100 -> 127.5
        VoiWindow window = new VoiWindow(100, 50, VoiFunction.LINEAR_EXACT);
        assertThat(window.apply(75, 0, 255)).isEqualTo(0);
        assertThat(window.apply(100, 0, 255)).isCloseTo(127.5, within(1e-9));
        assertThat(window.apply(125, 0, 255)).isCloseTo(255, within(1e-9));
        assertThat(window.apply(126, 0, 255)).isEqualTo(255);
    }

    @Test
    void sigmoid_window_is_the_logistic_of_four_times_the_normalised_distance() {
        // C.11.2.1.3.1: y = 255 / (1 + exp(-4 (x - c) / w)); at x = c + w/2: 255 / (1 + e^-2) = 224.48...
        VoiWindow window = new VoiWindow(0, 100, VoiFunction.SIGMOID);
        assertThat(window.apply(0, 0, 255)).isCloseTo(127.5, within(1e-9));
        assertThat(window.apply(50, 0, 255)).isCloseTo(255 / (1 + Math.exp(-2)), within(1e-9));
    }

    @Test
    void spanning_window_maps_min_to_black_and_max_to_white() {
        VoiWindow window = VoiWindow.spanning(-1024, 3071);
        assertThat(window.apply(-1024, 0, 255)).isEqualTo(0);
        assertThat(window.apply(3071, 0, 255)).isCloseTo(255, within(1e-9));
    }

    @Test
    void a_linear_window_narrower_than_one_is_rejected() {
        assertThatThrownBy(() -> VoiWindow.linear(0, 0.5))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("Window Width 0.5");
    }

    @Test
    void monochrome1_renders_low_values_white() {
        ImageDescriptor d = ImageDescriptor.monochrome(1, 2, 16, 12, PixelRepresentation.UNSIGNED)
                .withPhotometric(PhotometricInterpretation.MONOCHROME1);
        RawFrame frame = RawFrame.of(d, new int[] {0, 4095});
        var image = FrameRenderer.render(frame, DisplaySettings.DEFAULT);
        assertThat(image.getRaster().getSample(0, 0, 0)).isEqualTo(255);
        assertThat(image.getRaster().getSample(1, 0, 0)).isEqualTo(0);
    }

    @Test
    void voi_lut_sequence_table_maps_modality_values_when_no_window_is_given() {
        ImageDescriptor d = ImageDescriptor.monochrome(1, 3, 16, 16, PixelRepresentation.UNSIGNED);
        RawFrame frame = RawFrame.of(d, new int[] {10, 11, 99});
        // 2 entries of 12 bits starting at 10: 10 -> 0, 11 -> 4095, and 99 clamps to the last entry
        LookupTable lut = new LookupTable(10, 12, new int[] {0, 4095});
        var settings =
                new DisplaySettings(ModalityTransform.IDENTITY, java.util.Optional.empty(), java.util.Optional.of(lut));
        var image = FrameRenderer.render(frame, settings);
        assertThat(image.getRaster().getSamples(0, 0, 3, 1, 0, (int[]) null)).containsExactly(0, 255, 255);
    }
}
