package com.medvisionlab.dicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void elements_stay_sorted_by_unsigned_tag_whatever_the_insertion_order() {
        Dataset ds = new Dataset();
        ds.setString(Tags.PatientName, VR.PN, "B");
        ds.setBytes(0xFFFAFFFA, VR.OB, new byte[] {1, 2}); // a tag above 0x7FFFFFFF, negative as int
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.setBytes(Tags.PixelData, VR.OW, new byte[4]);
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        assertArrayEquals(
                new int[] {Tags.SpecificCharacterSet, Tags.Modality, Tags.PatientName, Tags.PixelData, 0xFFFAFFFA},
                ds.tags());
        assertTrue(ds.contains(0xFFFAFFFA));
    }

    @Test
    void setting_an_existing_tag_replaces_it_and_remove_deletes_it() {
        Dataset ds = new Dataset();
        ds.setString(Tags.PatientID, VR.LO, "1");
        ds.setString(Tags.PatientID, VR.LO, "2");
        assertEquals(1, ds.size());
        assertEquals("2", ds.getString(Tags.PatientID).orElseThrow());
        assertTrue(ds.remove(Tags.PatientID));
        assertFalse(ds.remove(Tags.PatientID));
        assertEquals(Optional.empty(), ds.getString(Tags.PatientID));
    }

    @Test
    void strings_are_padded_to_even_length_with_the_vr_padding_byte() {
        Dataset ds = new Dataset();
        ds.setString(Tags.Modality, VR.CS, "MRI");
        ds.setString(Tags.SOPInstanceUID, VR.UI, "1.2.3");
        assertArrayEquals("MRI ".getBytes(), ds.getBytes(Tags.Modality).orElseThrow());
        assertArrayEquals("1.2.3\0".getBytes(), ds.getBytes(Tags.SOPInstanceUID).orElseThrow());
        assertEquals("1.2.3", ds.getString(Tags.SOPInstanceUID).orElseThrow());
    }

    @Test
    void multi_valued_strings_split_at_backslash_and_numbers_parse() {
        Dataset ds = new Dataset();
        ds.setString(Tags.ImagePositionPatient, VR.DS, "-250.5", " 1e2", "+3");
        assertEquals(List.of("-250.5", "1e2", "+3"), ds.getStrings(Tags.ImagePositionPatient));
        assertArrayEquals(new double[] {-250.5, 100, 3}, ds.getDoubles(Tags.ImagePositionPatient));
        ds.setString(Tags.InstanceNumber, VR.IS, "+42");
        assertEquals(42, ds.getInt(Tags.InstanceNumber).orElseThrow());
    }

    @Test
    void binary_integers_decode_little_endian_with_sign_by_vr() {
        Dataset ds = new Dataset();
        ds.setBytes(Tags.SmallestImagePixelValue, VR.SS, new byte[] {(byte) 0xFE, (byte) 0xFF});
        ds.setBytes(Tags.LargestImagePixelValue, VR.US, new byte[] {(byte) 0xFE, (byte) 0xFF});
        ds.setBytes(Tags.SimpleFrameList, VR.UL, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        assertEquals(-2, ds.getInt(Tags.SmallestImagePixelValue).orElseThrow());
        assertEquals(65534, ds.getInt(Tags.LargestImagePixelValue).orElseThrow());
        assertEquals(4294967295L, ds.getLong(Tags.SimpleFrameList).orElseThrow());
        assertThrows(
                MalformedValueException.class, () -> ds.getInt(Tags.SimpleFrameList), "UL beyond int is not narrowed");
    }

    @Test
    void malformed_values_name_tag_and_vr_while_absent_values_are_empty() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SliceThickness, VR.DS, "thick");
        ds.setBytes(Tags.Rows, VR.US, new byte[] {1, 2, 3});
        MalformedValueException ds1 =
                assertThrows(MalformedValueException.class, () -> ds.getDouble(Tags.SliceThickness));
        assertTrue(ds1.getMessage().contains("(0018,0050) DS"), ds1.getMessage());
        MalformedValueException us = assertThrows(MalformedValueException.class, () -> ds.getInt(Tags.Rows));
        assertTrue(us.getMessage().contains("(0028,0010) US") && us.getMessage().contains("length 3"), us.getMessage());
        assertTrue(ds.getInt(Tags.Columns).isEmpty());
        assertTrue(ds.getDoubles(Tags.Columns).length == 0);
    }

    @Test
    void private_elements_know_their_creator() {
        Dataset ds = new Dataset();
        ds.setString(0x00290010, VR.LO, "SIEMENS CSA HEADER");
        ds.setBytes(0x00291010, VR.OB, new byte[2]);
        assertEquals(Optional.of("SIEMENS CSA HEADER"), ds.privateCreatorOf(0x00291010));
        assertEquals(Optional.empty(), ds.privateCreatorOf(0x00291110), "block 11 has no creator");
        assertEquals(Optional.empty(), ds.privateCreatorOf(Tags.PatientName));
    }

    @Test
    void sequences_nest_and_visit_in_tag_order() {
        Dataset ds = new Dataset();
        Sequence seq = ds.newSequence(Tags.ReferencedImageSequence);
        seq.addItem().setString(Tags.ReferencedSOPInstanceUID, VR.UI, "1.2");
        seq.addItem().setString(Tags.ReferencedSOPInstanceUID, VR.UI, "1.3");
        ds.setNull(Tags.PatientName, VR.PN);
        List<String> visited = new ArrayList<>();
        ds.forEach((tag, vr, value) -> visited.add(Tag.toString(tag) + " " + vr));
        assertEquals(List.of("(0008,1140) SQ", "(0010,0010) PN"), visited);
        assertEquals(
                "1.3",
                ds.getSequence(Tags.ReferencedImageSequence)
                        .orElseThrow()
                        .get(1)
                        .getString(Tags.ReferencedSOPInstanceUID)
                        .orElseThrow());
        assertEquals(Optional.of(ds), seq.get(0).parent());
        assertTrue(ds.getStrings(Tags.PatientName).isEmpty());
    }

    @Test
    void tag_helpers_format_and_classify() {
        assertEquals("(0010,0010)", Tag.toString(Tags.PatientName));
        assertEquals("7FE00010", Tag.toHex(Tags.PixelData));
        assertTrue(Tag.isPrivate(0x00091001));
        assertFalse(Tag.isPrivate(0x00010010), "groups 1, 3, 5, 7 are not private");
        assertTrue(Tag.isPrivateCreator(0x00090010));
        assertFalse(Tag.isPrivateCreator(0x00091000));
        assertEquals(Optional.of(VR.PN), VR.of('P' << 8 | 'N'));
        assertEquals(Optional.empty(), VR.of('Z' << 8 | 'Z'));
        assertEquals(12, VR.OB.headerLength());
        assertEquals(8, VR.US.headerLength());
    }

    @Test
    void dates_and_times_parse_into_java_time_and_reject_nonsense() {
        Dataset ds = new Dataset();
        ds.setString(Tags.StudyDate, VR.DA, "20260228");
        ds.setString(Tags.StudyTime, VR.TM, "101530.25");
        ds.setString(Tags.SeriesDate, VR.DA, "1995.07.20");
        ds.setString(Tags.SeriesTime, VR.TM, "0915");
        ds.setString(Tags.AcquisitionDate, VR.DA, "20260230");
        ds.setString(Tags.AcquisitionTime, VR.TM, "25");
        assertEquals(
                java.time.LocalDate.of(2026, 2, 28), ds.getDate(Tags.StudyDate).orElseThrow());
        assertEquals(
                java.time.LocalTime.of(10, 15, 30, 250_000_000),
                ds.getTime(Tags.StudyTime).orElseThrow());
        assertEquals(
                java.time.LocalDate.of(1995, 7, 20), ds.getDate(Tags.SeriesDate).orElseThrow());
        assertEquals(java.time.LocalTime.of(9, 15), ds.getTime(Tags.SeriesTime).orElseThrow());
        assertThrows(MalformedValueException.class, () -> ds.getDate(Tags.AcquisitionDate));
        assertThrows(MalformedValueException.class, () -> ds.getTime(Tags.AcquisitionTime));
        assertTrue(ds.getDate(Tags.ContentDate).isEmpty());
    }

    @Test
    void a_deep_copy_can_be_changed_without_touching_the_original() {
        Dataset original = new Dataset();
        original.setString(Tags.PatientName, VR.PN, "Doe^John");
        original.newSequence(Tags.OtherPatientIDsSequence).addItem().setString(Tags.PatientID, VR.LO, "X1");
        Dataset copy = original.deepCopy();
        copy.getBytes(Tags.PatientName).orElseThrow()[0] = 'Z';
        assertEquals("Zoe^John", copy.getString(Tags.PatientName).orElseThrow());
        copy.getSequence(Tags.OtherPatientIDsSequence).orElseThrow().get(0).remove(Tags.PatientID);
        assertEquals("Doe^John", original.getString(Tags.PatientName).orElseThrow());
        assertEquals(
                "X1",
                original.getSequence(Tags.OtherPatientIDsSequence)
                        .orElseThrow()
                        .get(0)
                        .getString(Tags.PatientID)
                        .orElseThrow());
        assertEquals(
                Optional.of(copy),
                copy.getSequence(Tags.OtherPatientIDsSequence)
                        .orElseThrow()
                        .get(0)
                        .parent());
    }

    /** The last character set parsed is reused for equal (0008,0005) bytes; it must never leak into other values. */
    @Test
    void datasets_with_different_character_sets_in_turn_each_decode_with_their_own() {
        byte[] latin1Name = {'J', (byte) 0xE9, 'r', (byte) 0xF4, 'm', 'e'}; // Jérôme in ISO 8859-1
        for (int round = 0; round < 3; round++) {
            Dataset latin1 = new Dataset();
            latin1.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
            latin1.setBytes(Tags.PatientName, VR.PN, latin1Name);
            Dataset utf8 = new Dataset();
            utf8.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
            utf8.setBytes(Tags.PatientName, VR.PN, "Jérôme".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Dataset none = new Dataset();
            none.setBytes(Tags.PatientName, VR.PN, new byte[] {'A', 'B'});

            assertEquals("Jérôme", latin1.getString(Tags.PatientName).orElseThrow());
            assertEquals("Jérôme", utf8.getString(Tags.PatientName).orElseThrow());
            assertEquals(List.of("ISO_IR 100"), latin1.charset().terms());
            assertEquals(List.of("ISO_IR 192"), utf8.charset().terms());
            assertTrue(none.charset().isDefault());
            latin1.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192"); // changed in place: re-read
            assertEquals(List.of("ISO_IR 192"), latin1.charset().terms());
        }
    }

    @Test
    void vr_of_an_absent_element_is_the_given_fallback() {
        Dataset ds = new Dataset();
        ds.setString(Tags.Modality, VR.CS, "CT");
        assertEquals(VR.CS, ds.vrOf(Tags.Modality, VR.UN));
        assertEquals(VR.UN, ds.vrOf(Tags.PatientName, VR.UN));
        assertEquals(ds.vrOf(Tags.Modality).orElseThrow(), ds.vrOf(Tags.Modality, VR.SQ));
    }
}
