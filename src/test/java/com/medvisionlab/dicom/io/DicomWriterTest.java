package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.oracle.CanonicalElements;
import com.medvisionlab.dicom.oracle.CanonicalElements.OddValues;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class DicomWriterTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> written_files_read_back_with_identical_elements() throws Exception {
        return TestFiles.wellFormedFiles().stream()
                .flatMap(file -> Stream.of(WriteOptions.defaults(), WriteOptions.keepSourceTransferSyntax())
                        .map(options -> DynamicTest.dynamicTest(
                                TestFiles.ROOT.relativize(file) + " " + options.target(), () -> {
                                    DicomFile original = DicomReader.read(file);
                                    Path out = temp.resolve(file.getFileName() + "-" + options.target() + ".dcm");
                                    DicomWriter.write(original, out, options);
                                    DicomFile reread = DicomReader.read(out);
                                    // The standard requires even lengths, so odd binary values come back with one
                                    // padding byte.
                                    assertEquals(
                                            datasetLines(CanonicalElements.of(original, OddValues.PADDED)),
                                            datasetLines(CanonicalElements.of(reread)));
                                    TransferSyntax expected = options.target() == WriteOptions.Target.SOURCE
                                                    || original.transferSyntax().encapsulated()
                                            ? original.transferSyntax()
                                            : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
                                    assertEquals(
                                            expected.uid(),
                                            reread.fileMeta()
                                                    .getString(Tags.TransferSyntaxUID)
                                                    .orElseThrow());
                                    assertMetaGroupLengthMatchesTheBytes(out);
                                })));
    }

    /** Dataset lines without group length values, which change with the encoding by design (checked against dcmtk). */
    private static List<String> datasetLines(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.startsWith("meta:"))
                .map(l -> l.matches("^(.*/)?[0-9A-F]{4}0000\tUL\t.*")
                        ? l.substring(0, l.indexOf('\t')) + "\tgroup length"
                        : l)
                .toList();
    }

    /** Independent of our reader: (0002,0000) must count exactly the bytes of the rest of group 0002. */
    private static void assertMetaGroupLengthMatchesTheBytes(Path file) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(
                "DICM",
                new String(Arrays.copyOfRange(b.array(), 128, 132), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0x0002, b.getShort(132));
        assertEquals(0x0000, b.getShort(134));
        long groupLength = b.getInt(140) & 0xFFFFFFFFL;
        int pos = 144;
        while (b.getShort(pos) == 0x0002) {
            String vr = new String(b.array(), pos + 4, 2, java.nio.charset.StandardCharsets.US_ASCII);
            boolean longHeader = List.of("OB", "OW", "OF", "SQ", "UT", "UN", "UC", "UR", "OD", "OL", "OV", "SV", "UV")
                    .contains(vr);
            pos += longHeader ? 12 + b.getInt(pos + 8) : 8 + (b.getShort(pos + 6) & 0xFFFF);
        }
        assertEquals(pos - 144, groupLength, "FileMetaInformationGroupLength of " + file);
    }

    @Test
    void encapsulated_pixel_data_is_written_byte_for_byte() throws Exception {
        Path source = TestFiles.get("compressed/JPEG-baseline_XA_HasFragmentSequence.dcm");
        Path out = temp.resolve("xa.dcm");
        DicomWriter.write(DicomReader.read(source), out, WriteOptions.defaults());
        assertArrayEquals(fromPixelData(Files.readAllBytes(source)), fromPixelData(Files.readAllBytes(out)));
    }

    /** Bytes from the (7FE0,0010) OB header with undefined length to the end of the file. */
    private static byte[] fromPixelData(byte[] file) {
        byte[] header = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, -1, -1, -1, -1};
        for (int i = file.length - header.length; i >= 0; i--) {
            if (Arrays.equals(file, i, i + header.length, header, 0, header.length)) {
                return Arrays.copyOfRange(file, i, file.length);
            }
        }
        throw new AssertionError("no encapsulated pixel data header");
    }

    @TestFactory
    Stream<DynamicTest> dataset_group_lengths_equal_what_dcmtk_recalculates() throws Exception {
        Tools.assumeDcmtk();
        return Stream.of(
                        "CR-MONO1-10-chest.dcm",
                        "NM-MONO2-16-13x-heart.dcm",
                        "ExplVR_BigEnd.dcm",
                        "charsets/chrJapMulti.dcm",
                        "burned-in/US-YBR_FULL-RLE.dcm")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Path out = temp.resolve(Path.of(name).getFileName() + ".written.dcm");
                    DicomWriter.write(DicomReader.read(TestFiles.get(name)), out, WriteOptions.defaults());
                    Path dcmtk = temp.resolve(Path.of(name).getFileName() + ".dcmtk.dcm");
                    // dcmconv re-encodes our file with the same layout (undefined lengths) and recalculated group
                    // lengths.
                    assertEquals(
                            0,
                            Tools.run("dcmconv", "-e", "+g=", out.toString(), dcmtk.toString())
                                    .exitCode());
                    List<String> ours = groupLengths(out);
                    assertTrue(ours.size() > 0, "expected dataset group lengths in " + name);
                    assertEquals(groupLengths(dcmtk), ours);
                }));
    }

    private static List<String> groupLengths(Path file) throws Exception {
        Tools.Result dump = Tools.run("dcmdump", "-q", file.toString());
        assertEquals(0, dump.exitCode(), "dcmdump failed on " + file + ": " + dump.output());
        // group 0002 is excluded: dcmconv writes its own meta header (ours is checked byte by byte above)
        return dump.output()
                .lines()
                .filter(l -> l.matches("^\\([0-9a-f]{4},0000\\) UL.*") && !l.startsWith("(0002,"))
                .map(l -> l.substring(0, l.indexOf('#')).strip())
                .toList();
    }
}
