package com.medvisionlab.deid.dicompixels;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.pixels.TextPreCheck;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-check on stored bytes must read the samples exactly as the decoder does (Bits Stored, sign), or it would
 * judge another image than the detector sees: it is compared with the pre-check on the decoded frame.
 */
class StreamedPreCheckTest {

    private static final TextPreCheck CHECK = new TextPreCheck();
    private static final int SIZE = 64;

    @Test
    void agrees_with_the_decoded_frame_for_every_sample_layout() {
        for (int bitsAllocated : new int[] {8, 16}) {
            for (int bitsStored : bitsAllocated == 8 ? new int[] {8, 7} : new int[] {16, 12}) {
                for (boolean signed : new boolean[] {false, true}) {
                    for (boolean bar : new boolean[] {false, true}) {
                        DicomFile file = image(bitsAllocated, bitsStored, signed, bar);
                        boolean decodedMay =
                                FrameImages.mayContainText(PixelFrames.of(file).frame(0), CHECK, true);
                        String what =
                                bitsAllocated + "/" + bitsStored + (signed ? " signed" : "") + (bar ? " bar" : "");
                        assertThat(StreamedPreCheck.noTextInAnyFrame(file, CHECK))
                                .as(what)
                                .isEqualTo(!decodedMay);
                        if (bar) {
                            assertThat(decodedMay)
                                    .as("%s: a sharp bar on a calm background may be text", what)
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void compressed_or_colour_pixels_are_left_to_the_full_decode() {
        DicomFile grey = image(16, 16, false, false);
        DicomFile rgb = new DicomFile(grey.fileMeta(), grey.dataset(), grey.transferSyntax());
        rgb.dataset().setString(Tags.PhotometricInterpretation, VR.CS, "RGB");
        rgb.dataset().setInts(Tags.SamplesPerPixel, VR.US, 3);

        assertThat(StreamedPreCheck.noTextInAnyFrame(rgb, CHECK)).isFalse();
    }

    /**
     * Low noise with the unused high bits set (the decoder masks them), and optionally a bright 12x4 bar: a stroke
     * standing out of calm noise.
     */
    private static DicomFile image(int bitsAllocated, int bitsStored, boolean signed, boolean bar) {
        int bytes = bitsAllocated / 8;
        byte[] pixels = new byte[SIZE * SIZE * bytes];
        Random random = new Random(3);
        int top = signed ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1; // the brightest value
        int garbage = bitsStored < bitsAllocated ? ~((1 << bitsStored) - 1) : 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int v = (signed ? -4 : 10) + random.nextInt(4);
                if (bar && y >= 20 && y < 24 && x >= 20 && x < 32) {
                    v = top;
                }
                v = (v & ((1 << bitsStored) - 1)) | garbage;
                int p = (y * SIZE + x) * bytes;
                pixels[p] = (byte) v;
                if (bytes == 2) {
                    pixels[p + 1] = (byte) (v >> 8);
                }
            }
        }
        Dataset meta = new Dataset();
        meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
        Dataset ds = new Dataset();
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.Rows, VR.US, SIZE);
        ds.setInts(Tags.Columns, VR.US, SIZE);
        ds.setInts(Tags.BitsAllocated, VR.US, bitsAllocated);
        ds.setInts(Tags.BitsStored, VR.US, bitsStored);
        ds.setInts(Tags.HighBit, VR.US, bitsStored - 1);
        ds.setInts(Tags.PixelRepresentation, VR.US, signed ? 1 : 0);
        ds.setBytes(Tags.PixelData, bytes == 1 ? VR.OB : VR.OW, pixels);
        return new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
    }
}
