package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.MalformedValueException;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in malformed/ either fails with a {@link DicomException} that says what and where, or (for the files
 * that are merely unusual) parses to the expected content. Each case runs under a generous hang guard.
 */
class MalformedFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    /** Files that cannot be read, with a fragment the message must contain. */
    private static final Map<String, String> MUST_FAIL = Map.of(
            "MR_truncated.dcm", "claims 8192 bytes",
            "rtplan_truncated.dcm", "sequence (300A,00B0)",
            "3gb-bulk-data-truncated.dcm", "claims 3221225472 bytes",
            "emri_small_jpeg_2k_lossless_too_short.dcm", "truncated at offset 40316",
            // Starts with a stray byte before an explicit VR dataset: no encoding fits, the first "element" claims
            // 173 MB. pydicom returns a one-element dataset of garbage here; we refuse.
            "no_meta.dcm", "claims 173228800 bytes");

    /** Unusual but readable files. */
    private static final Set<String> MUST_PARSE = Set.of(
            "CT1_implicit_bigendian_undefined_length.dcm",
            "ExplVR_BigEndNoMeta.dcm",
            "ExplVR_LitEndNoMeta.dcm",
            "JPEG2000-embedded-sequence-delimiter.dcm",
            "UN_sequence.dcm",
            "badVR.dcm",
            "bad_sequence.dcm",
            "empty_charset_LEI.dcm",
            "meta_missing_tsyntax.dcm",
            "no_meta_group_length.dcm",
            "no_preamble_dicm_in_data.dcm");

    @TestFactory
    Stream<DynamicTest> every_malformed_file_fails_cleanly_or_parses_as_expected() throws Exception {
        return TestFiles.malformedFiles().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String name = file.getFileName().toString();
                    assertTrue(
                            MUST_FAIL.containsKey(name) || MUST_PARSE.contains(name),
                            "unclassified malformed file " + name);
                    assertTimeoutPreemptively(HANG_GUARD, () -> {
                        if (MUST_FAIL.containsKey(name)) {
                            DicomException e = assertThrows(DicomException.class, () -> DicomReader.read(file));
                            assertTrue(e.getMessage().contains(MUST_FAIL.get(name)), e.getMessage());
                            assertTrue(
                                    e.getMessage().contains(file.toString()),
                                    "message names the file: " + e.getMessage());
                        } else {
                            assertFalse(DicomReader.read(file).dataset().isEmpty());
                        }
                    });
                }));
    }

    @Test
    void huge_lengths_in_a_stream_of_unknown_size_fail_without_allocating_them() throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.get("malformed/3gb-bulk-data-truncated.dcm"));
        assertFailsWithinMemory(bytes, "of 3221225472 bytes at offset 1920 is too large");
        // 1.5 GiB fits in an array, so only step-by-step growth keeps the reader from allocating it up front.
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1916, 0x60000000);
        assertFailsWithinMemory(bytes, "1610612736 bytes claimed");
    }

    private static void assertFailsWithinMemory(byte[] bytes, String expectedMessage) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        DicomException e = assertThrows(
                DicomException.class,
                () -> DicomReader.read(
                        new java.io.ByteArrayInputStream(bytes),
                        "stream",
                        ReadOptions.builder().loadAllValues().build()));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
        assertTrue(allocated < 64L << 20, "allocated " + allocated + " bytes for a 100 kB input");
    }

    @Test
    void a_value_that_does_not_match_its_vr_is_reported_with_tag_and_vr_on_access() {
        Dataset ds = DicomReader.read(TestFiles.get("malformed/badVR.dcm")).dataset();
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> ds.getInt(Tags.NumberOfFrames));
        assertTrue(e.getMessage().contains("(0028,0008) IS") && e.getMessage().contains("1A"), e.getMessage());
    }

    @Test
    void big_and_little_endian_datasets_without_meta_are_sniffed_and_agree() {
        DicomFile big = DicomReader.read(TestFiles.get("malformed/ExplVR_BigEndNoMeta.dcm"));
        DicomFile little = DicomReader.read(TestFiles.get("malformed/ExplVR_LitEndNoMeta.dcm"));
        assertEquals(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, big.transferSyntax());
        assertEquals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, little.transferSyntax());
        assertEquals(
                com.medvisionlab.dicom.oracle.CanonicalElements.of(little),
                com.medvisionlab.dicom.oracle.CanonicalElements.of(big));
    }

    @Test
    void dicm_inside_the_data_at_offset_128_is_not_taken_for_a_preamble() {
        DicomFile file = DicomReader.read(TestFiles.get("malformed/no_preamble_dicm_in_data.dcm"));
        assertTrue(file.fileMeta().isEmpty());
        // dcmdump: (0008,1010) SH [DICMA1] StationName - the "DICM" at offset 128
        assertEquals("DICMA1", file.dataset().getString(Tags.StationName).orElseThrow());
    }

    @Test
    void un_with_undefined_length_is_read_as_an_implicit_little_endian_sequence() {
        Dataset ds =
                DicomReader.read(TestFiles.get("malformed/UN_sequence.dcm")).dataset();
        int[] tags = ds.tags();
        assertEquals(1, tags.length);
        assertEquals(VR.SQ, ds.vrOf(tags[0]).orElseThrow());
        assertFalse(ds.getSequence(tags[0]).orElseThrow().isEmpty());
    }

    @Test
    void fragments_are_delimited_by_lengths_not_by_delimiter_patterns_inside_them() {
        Dataset ds = DicomReader.read(TestFiles.get("malformed/JPEG2000-embedded-sequence-delimiter.dcm"))
                .dataset();
        Fragments fragments =
                assertInstanceOf(Fragments.class, ds.getValue(Tags.PixelData).orElseThrow());
        assertEquals(1, fragments.fragments().size());
    }

    @Test
    void a_big_endian_file_with_an_implicit_un_sequence_is_read_to_its_end_as_dcmtk_does() {
        Dataset ds = DicomReader.read(TestFiles.get("malformed/CT1_implicit_bigendian_undefined_length.dcm"))
                .dataset();
        assertTrue(
                ds.getSequence(Tags.SourceImageSequence).map(s -> !s.isEmpty()).orElse(false));
        assertTrue(ds.contains(Tags.PixelData), "elements after the UN sequence are read in big endian again");
        assertEquals(512, ds.getInt(Tags.Rows).orElseThrow());
    }

    @Test
    void an_empty_specific_character_set_means_the_default_repertoire() {
        Dataset ds = DicomReader.read(TestFiles.get("malformed/empty_charset_LEI.dcm"))
                .dataset();
        assertTrue(ds.charset().isDefault());
    }

    @Test
    void meta_header_without_transfer_syntax_or_group_length_still_yields_the_dataset() {
        for (String name : new String[] {"malformed/meta_missing_tsyntax.dcm", "malformed/no_meta_group_length.dcm"}) {
            DicomFile file = DicomReader.read(TestFiles.get(name));
            assertFalse(file.fileMeta().isEmpty(), name);
            assertFalse(file.dataset().isEmpty(), name);
            assertTrue(file.dataset().tags()[0] != Tag.of(2, 0), name);
        }
    }

    @Test
    void hostile_nesting_is_capped_with_a_clear_error_instead_of_a_stack_overflow() {
        // 100000 nested undefined-length sequences, implicit VR little endian, no meta header
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] sequence = {0x08, 0x00, 0x40, 0x11, -1, -1, -1, -1}; // (0008,1140) ReferencedImageSequence
        byte[] item = {-2, -1, 0x00, -32, -1, -1, -1, -1}; // (FFFE,E000) undefined length
        for (int i = 0; i < 100_000; i++) {
            out.writeBytes(sequence);
            out.writeBytes(item);
        }
        DicomException e = assertThrows(
                DicomException.class,
                () -> assertTimeoutPreemptively(
                        HANG_GUARD,
                        () -> DicomReader.read(
                                new java.io.ByteArrayInputStream(out.toByteArray()), "deep", ReadOptions.defaults())));
        assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
    }
}
