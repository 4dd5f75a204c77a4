package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dcmtk's dcmcjpeg writes process-14 JPEG with every predictor (selection value); we must read them all exactly. */
class JpegLosslessPredictorTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void jpeg_lossless_with_any_predictor_decodes_to_the_original_values(int selectionValue) throws IOException {
        PydicomSample original = PydicomSample.load("MR_small.dcm");
        Path compressed = Files.createTempFile("sv" + selectionValue + "-", ".dcm");
        Dcmtk.run(
                "dcmcjpeg",
                "+el",
                "+sv",
                Integer.toString(selectionValue),
                original.file().toString(),
                compressed.toString());
        PixelFrames frames = PixelFrames.of(DicomReader.read(compressed));
        assertThat(frames.transferSyntax()).isEqualTo(TransferSyntax.JPEG_LOSSLESS);
        assertThat(frames.frame(0).samples()).isEqualTo(original.oracle().orElseThrow());
    }
}
