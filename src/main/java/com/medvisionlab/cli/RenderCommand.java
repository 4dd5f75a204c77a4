package com.medvisionlab.cli;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.image.VoiWindow;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** {@code render FILE --out PNG [--frame N] [--window CENTER WIDTH]}: one frame to an 8-bit PNG. */
final class RenderCommand implements Command {

    private static final String FILE = "FILE";
    private static final String OUT = "--out";
    private static final String FRAME = "--frame";
    private static final String WINDOW = "--window";
    private static final CommandSpec SPEC = new CommandSpec(
            "render",
            Text.of("cli.render.description"),
            List.of(ParameterSpec.single(FILE, ValueType.PATH, "cli.render.param.file")),
            List.of(
                    OptionSpec.valued(OUT, ValueType.PATH, "PNG", "cli.render.option.out")
                            .required(),
                    OptionSpec.valued(FRAME, ValueType.INTEGER, "N", "cli.render.option.frame")
                            .withDefault("1"),
                    OptionSpec.tuple(
                            WINDOW, ValueType.DECIMAL, List.of("CENTER", "WIDTH"), "cli.render.option.window")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        Path out = args.path(OUT).orElseThrow();
        int frame = args.integer(FRAME);
        Optional<double[]> window = args.decimals(WINDOW);
        PixelFrames frames = PixelFrames.of(DicomReader.read(args.parameterPath(FILE)));
        RawFrame raw = frames.frame(frame - 1);
        DisplaySettings settings = window.isEmpty()
                ? frames.display()
                : frames.display().withWindow(VoiWindow.linear(window.get()[0], window.get()[1]));
        BufferedImage image = FrameRenderer.render(raw, settings);
        try {
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new CommandException(Text.of("cli.render.error.no-png-writer"), null);
            }
        } catch (IOException e) {
            throw new CommandException(Text.of("cli.render.error.write", out, e.getMessage()), e);
        }
        String windowText = raw.descriptor().photometricInterpretation().isMonochrome()
                ? console.text("cli.render.window", describe(FrameRenderer.effectiveWindow(raw, settings)))
                : "";
        console.out()
                .println(console.text(
                        "cli.render.wrote",
                        out.toString(),
                        image.getWidth(),
                        image.getHeight(),
                        frame,
                        frames.numberOfFrames(),
                        windowText));
        return SUCCESS;
    }

    private static String describe(VoiWindow w) {
        return w.center() + "/" + w.width();
    }
}
