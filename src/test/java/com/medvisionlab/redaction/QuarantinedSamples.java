package com.medvisionlab.redaction;

import com.medvisionlab.deid.SyntheticImages;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * De-identified ultrasound-like objects with a name still burned into the pixels: what ingest quarantines. The
 * header carries no identifier (as after the engine); the pixels do.
 *
 * @param sop    its SOP Instance UID
 * @param part10 the object as a Part 10 file
 * @param text   where the planted text is
 * @param textRow the frame bytes of one row through the text: what must never be found in clear under the store
 */
record QuarantinedSamples(String sop, byte[] part10, Rectangle text, byte[] textRow) {

    static final String STUDY = "1.2.826.0.1.3680043.2.1125.99.2";
    static final String SERIES = "1.2.826.0.1.3680043.2.1125.99.3";
    static final String SOP = "1.2.826.0.1.3680043.2.1125.99.1";
    static final int WIDTH = 320;
    static final int HEIGHT = 240;

    static QuarantinedSamples withBurnedInName(Path dir) {
        return withBurnedInName(dir, SOP);
    }

    static QuarantinedSamples withBurnedInName(Path dir, String sop) {
        BufferedImage image = SyntheticImages.speckle(WIDTH, HEIGHT);
        Rectangle text =
                SyntheticImages.draw(image, "SMITH JOHN 4711", new Font(Font.SANS_SERIF, Font.BOLD, 18), 12, 30);
        int y = text.y + text.height / 2;
        byte[] row = new byte[text.width];
        image.getRaster().getDataElements(text.x, y, text.width, 1, row);
        Path file = SyntheticImages.writeClip(List.of(image), "US", "ANONYMOUS", dir.resolve("quarantined.dcm"));
        DicomFile read = DicomReader.read(file);
        read.dataset().remove(Tags.PatientID);
        read.dataset().remove(Tags.PatientBirthDate);
        read.dataset().setString(Tags.SOPInstanceUID, VR.UI, sop);
        read.fileMeta().setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sop);
        byte[] part10 = BoxRedaction.write(read); // before the file goes: Pixel Data is read from it
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuarantinedSamples(sop, part10, text, row);
    }

    /** A box over the text, a few pixels larger on each side. */
    RedactionBox cover() {
        return new RedactionBox(Math.max(0, text.x - 4), Math.max(0, text.y - 4), text.width + 8, text.height + 8);
    }

    /** Whether any file under {@code root} holds the text's pixels in clear. */
    boolean textFoundUnder(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(f);
                for (int i = 0; i + textRow.length <= content.length; i++) {
                    if (Arrays.equals(content, i, i + textRow.length, textRow, 0, textRow.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
