package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The pixel side of {@code deid}: reviewer boxes from a file, JPEG/PNG/BMP uploads sanitized into OUT. */
class DeidCommandPixelsTest {

    @TempDir
    Path tmp;

    private DeidCli cli;

    @BeforeEach
    void input() throws IOException {
        cli = DeidCli.in(tmp).sample("CT_small.dcm", "study/ct.dcm");
        Path in = cli.in;
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
    }

    @Test
    void reviewer_boxes_file_and_photos_go_through_the_teaching_preset() throws Exception {
        Path boxes = tmp.resolve("boxes.json");
        Files.writeString(
                boxes, "{\"files\": {\"study/ct.dcm\": [{\"x\": 5, \"y\": 5, \"width\": 30, \"height\": 10}]}}");
        Path output = tmp.resolve("out");

        int exit = cli.run(cli.args(output, "--boxes", boxes.toString()));

        assertThat(exit).as(cli.out + " / " + cli.err).isZero();
        assertThat(DicomReader.read(output.resolve("study/ct.dcm")).dataset().getStrings(Tags.DeidentificationMethod))
                .contains("pixels redacted 2,2 36x16 manual");
        assertThat(output.resolve("wound.png")).as("BMP comes out as PNG").exists();
        assertThat(output.resolve("wound.bmp")).doesNotExist();
        assertThat(output.resolve("study/skin.jpg")).exists();
        assertThat(ImageIO.read(output.resolve("study/skin.jpg").toFile()).getWidth())
                .isEqualTo(320);

        JsonNode report = new ObjectMapper().readTree(Files.readString(cli.report));
        assertThat(report.path("photos").path("wound.bmp").path("output").asString())
                .isEqualTo("wound.png");
        assertThat(report.path("photos").path("wound.bmp").path("textBoxes").size())
                .isPositive();
        // why the CT was scanned (every image is), then the one area blanked
        assertThat(report.path("pixelRedactions").path("study/ct.dcm").size()).isEqualTo(2);
        assertThat(report.path("pixelRedactions").path("study/ct.dcm").get(0).asString())
                .startsWith("text scan: every image is scanned");
        assertThat(report.path("filesSkipped").asInt()).isZero();
    }

    @Test
    void reviewer_boxes_need_clean_pixel_data() {
        int exit = cli.run(cli.args(tmp.resolve("out"), "--preset", "basic", "--scan-all-pixels"));

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err.toString()).contains("CLEAN_PIXEL_DATA").doesNotContain("Exception");
    }

    @Test
    void a_boxes_file_naming_a_missing_file_is_a_usage_error() throws Exception {
        Path boxes = tmp.resolve("boxes.json");
        Files.writeString(boxes, "{\"files\": {\"nope.dcm\": [{\"x\": 5, \"y\": 5, \"width\": 30, \"height\": 10}]}}");

        int exit = cli.run(cli.args(tmp.resolve("out"), "--boxes", boxes.toString()));

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err.toString()).contains("nope.dcm").doesNotContain("Exception");
    }
}
