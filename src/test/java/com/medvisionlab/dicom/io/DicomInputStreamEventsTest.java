package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.VR;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming parser can be consumed without building a dataset; item and fragment counts match dcmdump's. */
class DicomInputStreamEventsTest {

    /** Records events as short strings and checks that starts and ends balance. */
    private static final class Recorder implements DicomInputHandler {
        final List<String> events = new ArrayList<>();
        final List<Long> fragmentLengths = new ArrayList<>();
        int depth;

        @Override
        public void element(int tag, VR vr, BinaryValue value) {
            events.add("element");
        }

        @Override
        public void startSequence(int tag, VR vr) {
            events.add("sequence");
            depth++;
        }

        @Override
        public void startItem() {
            events.add("item");
            depth++;
        }

        @Override
        public void endItem() {
            depth--;
        }

        @Override
        public void endSequence() {
            depth--;
        }

        @Override
        public void startFragments(int tag, VR vr) {
            events.add("fragments");
            depth++;
        }

        @Override
        public void fragment(BinaryValue value) {
            events.add("fragment");
            fragmentLengths.add(value.length());
        }

        @Override
        public void endFragments() {
            depth--;
        }
    }

    private static Recorder parse(Path file, ReadOptions options) throws Exception {
        Recorder recorder = new Recorder();
        try (InputStream in = Files.newInputStream(file)) {
            DicomInputStream stream = new DicomInputStream(in, Files.size(file), file, options);
            stream.readFileMeta();
            stream.readDataset(recorder);
        }
        return recorder;
    }

    @Test
    void sequences_and_items_arrive_balanced_and_as_many_as_dcmdump_shows() throws Exception {
        // dcmdump -q rtplan.dcm: 12 SQ elements, 18 (fffe,e000) items
        Recorder r = parse(TestFiles.get("rtplan.dcm"), ReadOptions.defaults());
        assertEquals(0, r.depth);
        assertEquals(12, r.events.stream().filter("sequence"::equals).count());
        assertEquals(18, r.events.stream().filter("item"::equals).count());
    }

    @Test
    void fragments_arrive_one_by_one_with_the_offset_table_first() throws Exception {
        // dcmdump -q: PixelSequence #=5, items of 0, 65536, 65536, 65536 and 51722 bytes
        Recorder r = parse(TestFiles.get("compressed/RLE_CT_multiple_fragments.dcm"), ReadOptions.defaults());
        assertEquals(0, r.depth);
        assertEquals(List.of(0L, 65536L, 65536L, 65536L, 51722L), r.fragmentLengths);
        assertTrue(r.events.indexOf("fragments") < r.events.indexOf("fragment"));
    }

    @Test
    void stopping_before_pixel_data_emits_nothing_from_it() throws Exception {
        Recorder r = parse(
                TestFiles.get("compressed/RLE_CT_multiple_fragments.dcm"),
                ReadOptions.builder()
                        .pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE)
                        .build());
        assertTrue(r.fragmentLengths.isEmpty());
        assertTrue(r.events.contains("element"));
        assertTrue(r.events.stream().noneMatch("fragments"::equals));
    }
}
