package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    private static final Path SHARED = Path.of("../shared/testdata/dicom");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path shared(String name) {
        Path file = SHARED.resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared test data absent");
        return file;
    }

    @Test
    void renders_a_frame_with_an_explicit_window_to_png() throws IOException {
        Path png = temp.resolve("mr.png");
        int code = run("render", shared("MR_small.dcm").toString(), "--out", png.toString(), "--window", "600", "1600");
        assertThat(code).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(64);
        assertThat(out.toString()).contains("window 600.0/1600.0");
    }

    @Test
    void without_window_uses_the_files_first_window() {
        // MR_small declares Window Center 600 / Width 1600
        int code = run(
                "render",
                shared("MR_small.dcm").toString(),
                "--out",
                temp.resolve("a.png").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("window 600.0/1600.0");
    }

    @Test
    void without_any_window_falls_back_to_the_frames_min_max() {
        // CT_small has no window attributes, so the renderer reports the window it derived from the frame
        int code = run(
                "render",
                shared("CT_small.dcm").toString(),
                "--out",
                temp.resolve("ct.png").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("window ");
    }

    @Test
    void renders_a_later_frame_of_a_multiframe_file() throws IOException {
        Path png = temp.resolve("us.png");
        int code = run(
                "render",
                shared("burned-in/US-PAL-8-10x-echo.dcm").toString(),
                "--out",
                png.toString(),
                "--frame",
                "10");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("frame 10 of 10");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(600);
    }

    @Test
    void an_unsupported_syntax_exits_2_with_one_line_naming_it() {
        int code = run(
                "render",
                shared("compressed/HTJ2K_08_RGB.dcm").toString(),
                "--out",
                temp.resolve("x.png").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip())
                .contains("1.2.840.10008.1.2.4.203")
                .doesNotContain("\n")
                .doesNotContain("at com.");
        assertThat(temp.resolve("x.png")).doesNotExist();
    }

    @Test
    void a_missing_file_or_a_frame_out_of_range_exits_2_without_stack_trace() {
        assertThat(run(
                        "render",
                        temp.resolve("nope.dcm").toString(),
                        "--out",
                        temp.resolve("y.png").toString()))
                .isEqualTo(2);
        assertThat(run(
                        "render",
                        shared("MR_small.dcm").toString(),
                        "--out",
                        temp.resolve("z.png").toString(),
                        "--frame",
                        "2"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("Frame 2 requested, the object has 1")
                .doesNotContain("\tat ");
    }
}
