package com.medvisionlab.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Implicit VR "US or SS" elements take their VR from the last Pixel Representation read in the stream (PS3.5 A.1),
 * whatever item it was read in.
 */
class ImplicitVrPixelRepresentationTest {

    private static final int UNDEFINED = 0xFFFFFFFF;
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;

    @Test
    void a_signed_pixel_representation_in_a_nested_item_makes_later_top_level_elements_signed() {
        Bare bare = new Bare()
                .header(Tags.ReferencedImageSequence, UNDEFINED)
                .header(ITEM, UNDEFINED)
                .element(Tags.PixelRepresentation, 1)
                .header(ITEM_END, 0)
                .header(SEQUENCE_END, 0)
                .element(Tags.SmallestImagePixelValue, 0xFFFF);

        Dataset dataset = bare.read();

        assertThat(dataset.vrOf(Tags.SmallestImagePixelValue)).contains(VR.SS);
    }

    @Test
    void a_top_level_pixel_representation_applies_inside_later_items() {
        Bare signed = lutAfterPixelRepresentation(1);
        Bare unsigned = lutAfterPixelRepresentation(0);

        assertThat(lutDescriptorVr(signed.read())).isEqualTo(VR.SS);
        assertThat(lutDescriptorVr(unsigned.read())).isEqualTo(VR.US);
    }

    private static VR lutDescriptorVr(Dataset dataset) {
        Sequence lut = dataset.getSequence(Tags.ModalityLUTSequence).orElseThrow();
        return lut.items().getFirst().vrOf(Tags.LUTDescriptor).orElseThrow();
    }

    /** A bare implicit VR little endian dataset, written header by header. */
    private static final class Bare {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Bare header(int tag, int length) {
            u16(tag >>> 16);
            u16(tag & 0xFFFF);
            u16(length & 0xFFFF);
            u16(length >>> 16);
            return this;
        }

        /** A two-byte binary element. */
        Bare element(int tag, int value) {
            header(tag, 2);
            u16(value);
            return this;
        }

        private void u16(int value) {
            bytes.write(value & 0xFF);
            bytes.write(value >>> 8 & 0xFF);
        }

        Dataset read() {
            return DicomReader.read(new ByteArrayInputStream(bytes.toByteArray()), "bare", ReadOptions.defaults())
                    .dataset();
        }
    }

    /** A top-level Pixel Representation, then a LUT Descriptor (US or SS by it) inside an item of a sequence. */
    private static Bare lutAfterPixelRepresentation(int pixelRepresentation) {
        return new Bare()
                .element(Tags.PixelRepresentation, pixelRepresentation)
                .header(Tags.ModalityLUTSequence, UNDEFINED)
                .header(ITEM, UNDEFINED)
                .element(Tags.LUTDescriptor, 0xFFFF)
                .header(ITEM_END, 0)
                .header(SEQUENCE_END, 0);
    }
}
