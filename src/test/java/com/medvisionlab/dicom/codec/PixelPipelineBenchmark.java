package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.image.VoiWindow;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode + render of one 512x512 16-bit CT frame (the shared Clunie CT1 sample, or a synthetic phantom when the
 * shared data is absent) in native, RLE and JPEG lossless SV1 form, against a plain copy of the same number of
 * bytes. Run through bench/pixel-decode.sh, which prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
public class PixelPipelineBenchmark {

    private ImageDescriptor descriptor;
    private byte[] nativeBytes;
    private byte[] copyTarget;
    private byte[] rle;
    private byte[] jpegLossless;
    private DisplaySettings settings;

    @Setup
    public void setUp() {
        Path ct = Path.of("../shared/testdata/dicom/compressed/RLE_CT_multiple_fragments.dcm");
        if (!Files.isRegularFile(ct)) {
            ct = Path.of("/work/shared/testdata/dicom/compressed/RLE_CT_multiple_fragments.dcm");
        }
        RawFrame frame = Files.isRegularFile(ct)
                ? PixelFrames.of(DicomReader.read(ct)).frame(0)
                : Phantoms.gradientBars(512, 512, 16, com.medvisionlab.dicom.image.PixelRepresentation.SIGNED, 1);
        descriptor = frame.descriptor();
        nativeBytes =
                PixelCodecs.encoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN).encode(frame);
        copyTarget = new byte[nativeBytes.length];
        rle = PixelCodecs.encoderFor(TransferSyntax.RLE_LOSSLESS).encode(frame);
        jpegLossless = PixelCodecs.encoderFor(TransferSyntax.JPEG_LOSSLESS_SV1).encode(frame);
        settings = DisplaySettings.DEFAULT.withWindow(VoiWindow.linear(40, 400));
    }

    @Benchmark
    public byte[] reference_array_copy() {
        System.arraycopy(nativeBytes, 0, copyTarget, 0, nativeBytes.length);
        return copyTarget;
    }

    @Benchmark
    public BufferedImage native_decode_and_render() {
        RawFrame frame = PixelCodecs.decoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .decode(descriptor, new EncodedFrame.Native(nativeBytes, ByteOrder.LITTLE_ENDIAN, 0));
        return FrameRenderer.render(frame, settings);
    }

    @Benchmark
    public RawFrame native_decode_only() {
        return PixelCodecs.decoderFor(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .decode(descriptor, new EncodedFrame.Native(nativeBytes, ByteOrder.LITTLE_ENDIAN, 0));
    }

    @Benchmark
    public BufferedImage rle_decode_and_render() {
        RawFrame frame = PixelCodecs.decoderFor(TransferSyntax.RLE_LOSSLESS)
                .decode(descriptor, new EncodedFrame.Compressed(rle));
        return FrameRenderer.render(frame, settings);
    }

    @Benchmark
    public BufferedImage jpeg_lossless_decode_and_render() {
        RawFrame frame = PixelCodecs.decoderFor(TransferSyntax.JPEG_LOSSLESS_SV1)
                .decode(descriptor, new EncodedFrame.Compressed(jpegLossless));
        return FrameRenderer.render(frame, settings);
    }
}
