package com.medvisionlab.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** pydicom's RLE decoder (independent of ours) must read what our RLE encoder writes. */
class RleEncoderOracleTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    static Stream<RawFrame> phantoms() {
        return Stream.of(
                Phantoms.gradientBars(33, 47, 8, PixelRepresentation.UNSIGNED, 1),
                Phantoms.gradientBars(64, 80, 16, PixelRepresentation.SIGNED, 1),
                Phantoms.gradientBars(31, 29, 8, PixelRepresentation.UNSIGNED, 3),
                Phantoms.gradientBars(20, 300, 12, PixelRepresentation.UNSIGNED, 1));
    }

    @ParameterizedTest
    @MethodSource("phantoms")
    void pydicom_decodes_our_rle_frames_to_the_phantom(RawFrame phantom) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "python3 with pydicom absent");
        ImageDescriptor d = phantom.descriptor();
        Path rle = Files.createTempFile("phantom-", ".rle");
        Path decoded = Files.createTempFile("phantom-", ".raw");
        Files.write(rle, PixelCodecs.encoderFor(TransferSyntax.RLE_LOSSLESS).encode(phantom));
        String script = "import sys\n"
                + "from pydicom.pixel_data_handlers.rle_handler import _rle_decode_frame\n"
                + "data = open(sys.argv[1], 'rb').read()\n"
                + "out = _rle_decode_frame(data, int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))\n"
                + "open(sys.argv[2], 'wb').write(out)\n";
        Process process = new ProcessBuilder(
                        PYTHON.toString(),
                        "-c",
                        script,
                        rle.toString(),
                        decoded.toString(),
                        Integer.toString(d.rows()),
                        Integer.toString(d.columns()),
                        Integer.toString(d.samplesPerPixel()),
                        Integer.toString(d.bitsAllocated()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as(output)
                .isTrue();
        assertThat(Files.readAllBytes(decoded)).isEqualTo(planarLittleEndian(phantom));
    }

    /** What pydicom returns: planar configuration 1, each sample little endian, masked to Bits Allocated. */
    private static byte[] planarLittleEndian(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        int bytes = d.bitsAllocated() / 8;
        int pixels = d.pixelsPerFrame();
        byte[] out = new byte[pixels * d.samplesPerPixel() * bytes];
        int o = 0;
        for (int s = 0; s < d.samplesPerPixel(); s++) {
            for (int p = 0; p < pixels; p++) {
                int value = frame.samples()[p * d.samplesPerPixel() + s];
                for (int b = 0; b < bytes; b++) {
                    out[o++] = (byte) (value >>> (8 * b));
                }
            }
        }
        return out;
    }
}
