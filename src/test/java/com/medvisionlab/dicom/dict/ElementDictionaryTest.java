package com.medvisionlab.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Expectations from PS3.6 Table 6-1. */
class ElementDictionaryTest {

    private final ElementDictionary dictionary = ElementDictionary.standard();

    @Test
    void looks_up_keyword_vr_vm_and_retired_flag() {
        var entry = dictionary.lookup(Tags.PatientName).orElseThrow();
        assertEquals("PatientName", entry.keyword());
        assertEquals(VR.PN, entry.vr());
        assertEquals("1", entry.vm());
        assertEquals(
                List.of(VR.US, VR.SS),
                dictionary.lookup(Tags.SmallestImagePixelValue).orElseThrow().vrs());
        assertTrue(dictionary.lookup(0x00080001).orElseThrow().retired(), "Length to End is retired");
        assertEquals(OptionalInt.of(0x7FE00010), dictionary.tagOf("PixelData"));
    }

    @Test
    void repeating_groups_and_masked_elements_match() {
        assertEquals("OverlayData", dictionary.keywordOf(0x60023000).orElseThrow());
        assertEquals("CurveData", dictionary.keywordOf(0x501E3000).orElseThrow());
        assertEquals("SourceImageIDs", dictionary.keywordOf(0x002031A5).orElseThrow());
        assertEquals(VR.UL, dictionary.implicitVrOf(0x00180000), "group length");
    }

    @Test
    void private_creators_are_lo_and_other_private_elements_unknown() {
        assertEquals(VR.LO, dictionary.implicitVrOf(0x00290010));
        assertEquals(VR.UN, dictionary.implicitVrOf(0x00291010));
        assertTrue(dictionary.keywordOf(0x00291010).isEmpty());
    }

    @Test
    void storage_sop_classes_have_their_ps3_4_names() {
        assertEquals(
                "CT Image Storage",
                UidDictionary.sopClassName("1.2.840.10008.5.1.4.1.1.2").orElseThrow());
        assertTrue(UidDictionary.sopClassName("1.2.840.10008.1.2").isEmpty(), "a transfer syntax is no SOP class");
    }
}
