package com.medvisionlab.cli;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pixel side of {@code deid}: reviewer boxes from a file, JPEG/PNG/BMP uploads sanitized into OUT. */
class DeidCommandPixelsTest {

    private static final Path SAMPLES = Path.of("../shared/testdata/dicom");

    @TempDir
    Path tmp;
    private Path in;
    private Path secret;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void input() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("study"));
        Files.copy(SAMPLES.resolve("CT_small.dcm"), in.resolve("study/ct.dcm"));
        BufferedImage photo = new BufferedImage(320, 160, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(90, 120, 90));
        g.fillRect(0, 0, 320, 160);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString("SMITH JOHN 1950", 20, 60);
        g.dispose();
        ImageIO.write(photo, "bmp", in.resolve("wound.bmp").toFile());
        ImageIO.write(photo, "jpeg", in.resolve("study/skin.jpg").toFile());
        secret = tmp.resolve("secret");
        Files.writeString(secret, "a-test-secret-for-the-cli-0123456789");
    }

    private int run(List<String> args) {
        return CommandLine.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> args(Path output, String... more) {
        List<String> a = new ArrayList<>(List.of("deid", in.toString(), output.toString(), "--secret-file",
                secret.toString(), "--mapping-dir", tmp.resolve("map").toString(), "--report",
                tmp.resolve("report.json").toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void reviewer_boxes_file_and_photos_go_through_the_teaching_preset() throws Exception {
        Path boxes = tmp.resolve("boxes.json");
        Files.writeString(boxes, "{\"files\": {\"study/ct.dcm\": [{\"x\": 5, \"y\": 5, \"width\": 30, \"height\": 10}]}}");
        Path output = tmp.resolve("out");

        int exit = run(args(output, "--boxes", boxes.toString()));

        assertThat(exit).as(out + " / " + err).isZero();
        assertThat(DicomReader.read(output.resolve("study/ct.dcm")).dataset().getStrings(Tags.DeidentificationMethod))
                .contains("pixels redacted 2,2 36x16 manual");
        assertThat(output.resolve("wound.png")).as("BMP comes out as PNG").exists();
        assertThat(output.resolve("wound.bmp")).doesNotExist();
        assertThat(output.resolve("study/skin.jpg")).exists();
        assertThat(ImageIO.read(output.resolve("study/skin.jpg").toFile()).getWidth()).isEqualTo(320);

        JsonNode report = new ObjectMapper().readTree(Files.readString(tmp.resolve("report.json")));
        assertThat(report.path("photos").path("wound.bmp").path("output").asString()).isEqualTo("wound.png");
        assertThat(report.path("photos").path("wound.bmp").path("textBoxes").size()).isPositive();
        assertThat(report.path("pixelRedactions").path("study/ct.dcm").size()).isEqualTo(1);
        assertThat(report.path("filesSkipped").asInt()).isZero();
    }

    @Test
    void reviewer_boxes_need_clean_pixel_data() {
        int exit = run(args(tmp.resolve("out"), "--preset", "basic", "--scan-all-pixels"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("CLEAN_PIXEL_DATA").doesNotContain("Exception");
    }

    @Test
    void a_boxes_file_naming_a_missing_file_is_a_usage_error() throws Exception {
        Path boxes = tmp.resolve("boxes.json");
        Files.writeString(boxes, "{\"files\": {\"nope.dcm\": [{\"x\": 5, \"y\": 5, \"width\": 30, \"height\": 10}]}}");

        int exit = run(args(tmp.resolve("out"), "--boxes", boxes.toString()));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nope.dcm").doesNotContain("Exception");
    }
}
