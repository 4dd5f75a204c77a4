package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import org.junit.jupiter.api.Test;

/** Expected values were checked with pydicom 2.3 ({@code dcmread(f).PatientName} etc.). */
class DicomReaderTest {

    private static final ReadOptions LOAD_ALL =
            ReadOptions.builder().loadAllValues().build();

    @Test
    void reads_explicit_and_implicit_and_big_endian_versions_of_the_same_mr_alike() {
        for (String name : new String[] {"MR_small.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm"}) {
            Dataset ds = DicomReader.read(TestFiles.get(name), LOAD_ALL).dataset();
            assertEquals("CompressedSamples^MR1", ds.getString(Tags.PatientName).orElseThrow(), name);
            assertEquals(64, ds.getInt(Tags.Rows).orElseThrow(), name);
            assertEquals(0.8, ds.getDouble(Tags.SliceThickness).orElseThrow(), 1e-9, name);
            byte[] pixels = ds.getBytes(Tags.PixelData).orElseThrow();
            assertEquals(8192, pixels.length, name);
            // pydicom: PixelData[:4] == 89 03 fb 03 in little endian (03 89 fb 03... swapped in the big-endian file)
            assertArrayEquals(
                    new byte[] {(byte) 0x89, 0x03, (byte) 0xfb, 0x03}, java.util.Arrays.copyOf(pixels, 4), name);
        }
    }

    @Test
    void reports_the_transfer_syntax_from_the_meta_header() {
        assertEquals(
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
                DicomReader.read(TestFiles.get("MR_small_implicit.dcm")).transferSyntax());
        assertEquals(
                TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
                DicomReader.read(TestFiles.get("MR_small_bigendian.dcm")).transferSyntax());
    }

    @Test
    void sniffs_a_bare_implicit_little_endian_dataset_without_preamble() {
        DicomFile file = DicomReader.read(TestFiles.get("CR-MONO1-10-chest.dcm"), LOAD_ALL);
        assertTrue(file.fileMeta().isEmpty());
        assertEquals(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, file.transferSyntax());
        assertEquals("Anonymized", file.dataset().getString(Tags.PatientName).orElseThrow());
        assertEquals(387200, file.dataset().getBytes(Tags.PixelData).orElseThrow().length);
    }

    @Test
    void leaves_large_values_in_the_file_as_bulk_data_by_default() {
        Dataset ds = DicomReader.read(TestFiles.get("CR-MONO1-10-chest.dcm")).dataset();
        BulkData bulk =
                assertInstanceOf(BulkData.class, ds.getValue(Tags.PixelData).orElseThrow());
        assertEquals(387200, bulk.length());
        assertEquals(387200, ds.getBytes(Tags.PixelData).orElseThrow().length);
        assertEquals(VR.OW, ds.vrOf(Tags.PixelData).orElseThrow());
    }

    @Test
    void stops_before_pixel_data_when_asked() {
        ReadOptions headerOnly = ReadOptions.builder()
                .pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE)
                .build();
        Dataset ds = DicomReader.read(TestFiles.get("MR_small.dcm"), headerOnly).dataset();
        assertTrue(ds.contains(Tags.Rows));
        assertTrue(!ds.contains(Tags.PixelData));
    }
}
