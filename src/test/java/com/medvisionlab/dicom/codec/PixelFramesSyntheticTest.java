package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Two RLE frames, the first split over two fragments, located only through an Extended Offset Table. */
class PixelFramesSyntheticTest {

    @Test
    void frames_are_found_through_the_extended_offset_table_when_the_basic_one_is_empty() {
        RawFrame first = Phantoms.gradientBars(16, 20, 16, PixelRepresentation.SIGNED, 1);
        RawFrame second = RawFrame.of(
                first.descriptor(),
                Arrays.stream(first.samples()).map(v -> -v - 1).toArray());
        byte[] one = PixelCodecs.encoderFor(TransferSyntax.RLE_LOSSLESS).encode(first);
        byte[] two = PixelCodecs.encoderFor(TransferSyntax.RLE_LOSSLESS).encode(second);
        byte[] oneA = Arrays.copyOf(one, 64);
        byte[] oneB = Arrays.copyOfRange(one, 64, one.length);

        Dataset ds = new Dataset();
        ds.setInts(Tags.Rows, VR.US, 16);
        ds.setInts(Tags.Columns, VR.US, 20);
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, 16);
        ds.setInts(Tags.HighBit, VR.US, 15);
        ds.setInts(Tags.PixelRepresentation, VR.US, 1);
        ds.setString(Tags.NumberOfFrames, VR.IS, "2");
        // offsets count the 8-byte item headers (PS3.5 A.4)
        long secondOffset = 8L + oneA.length + 8L + oneB.length;
        ds.setBytes(
                Tags.ExtendedOffsetTable,
                VR.OV,
                ByteBuffer.allocate(16)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putLong(0)
                        .putLong(secondOffset)
                        .array());
        Fragments fragments = new Fragments(VR.OB);
        fragments.add(new InlineBytes(oneA));
        fragments.add(new InlineBytes(oneB));
        fragments.add(new InlineBytes(two));
        ds.setFragments(Tags.PixelData, fragments);

        PixelFrames frames = PixelFrames.of(new DicomFile(new Dataset(), ds, TransferSyntax.RLE_LOSSLESS));
        assertThat(frames.numberOfFrames()).isEqualTo(2);
        assertThat(frames.frame(0).samples()).isEqualTo(first.samples());
        assertThat(frames.frame(1).samples()).isEqualTo(second.samples());
    }
}
