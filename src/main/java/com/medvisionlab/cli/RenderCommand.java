package com.medvisionlab.cli;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.image.VoiWindow;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render FILE --out PNG [--frame N] [--window CENTER WIDTH]}: one frame to an 8-bit PNG. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render one frame of a DICOM image to PNG. Without --window: the file's first window, "
                + "else the frame's min-max range.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "PNG file to write")
    private Path out;

    @Option(names = "--frame", defaultValue = "1", paramLabel = "N", description = "frame number, from 1 (default 1)")
    private int frame;

    @Option(names = "--window", arity = "2", paramLabel = "CENTER WIDTH",
            description = "VOI window (LINEAR, PS3.3 C.11.2.1.2.1)")
    private double[] window;

    @Override
    public Integer call() {
        PixelFrames frames = PixelFrames.of(DicomReader.read(file));
        RawFrame raw = frames.frame(frame - 1);
        DisplaySettings settings = window == null ? frames.display()
                : frames.display().withWindow(VoiWindow.linear(window[0], window[1]));
        BufferedImage image = FrameRenderer.render(raw, settings);
        try {
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        String windowText = raw.descriptor().photometricInterpretation().isMonochrome()
                ? ", window " + describe(FrameRenderer.effectiveWindow(raw, settings)) : "";
        spec.commandLine().getOut().printf("wrote %s (%dx%d, frame %d of %d%s)%n", out, image.getWidth(),
                image.getHeight(), frame, frames.numberOfFrames(), windowText);
        return 0;
    }

    private static String describe(VoiWindow w) {
        return w.center() + "/" + w.width();
    }
}
