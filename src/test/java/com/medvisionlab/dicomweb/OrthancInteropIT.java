package com.medvisionlab.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.cli.SyntheticCtSlices;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.WriteOptions;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real DICOMweb client against the portal: Debian's Orthanc with its DICOMweb plugin, configured with the portal as
 * a remote DICOMweb server, pushes a study (STOW-RS), finds it (QIDO-RS) and pulls it back (WADO-RS). Skipped when
 * orthanc / orthanc-dicomweb are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrthancInteropIT {

    static final Path ORTHANC = Path.of("/usr/sbin/Orthanc");
    static final Path PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    private Process orthanc;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void orthancInstalled() {
        assumeTrue(Files.isExecutable(ORTHANC) && Files.exists(PLUGIN), "orthanc and orthanc-dicomweb are needed");
    }

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (orthanc != null) {
            orthanc.destroy();
            orthanc.waitFor();
            // kept for diagnosis: Orthanc's own account of the exchange (no PHI: synthetic data only)
            Files.copy(
                    work.resolve("orthanc.log"),
                    Path.of("target", "orthanc-it.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void orthanc_pushes_finds_and_pulls_a_study_through_the_portal_de_identified() throws Exception {
        var researcher = testUsers.create(Role.RESEARCHER);
        var orthancUrl = startOrthanc(researcher);
        var slices = work.resolve("slices");
        SyntheticCtSlices.write(slices, 3, 32, 32);
        uniqueStudy(slices);
        try (Stream<Path> files = Files.list(slices)) {
            for (var file : files.sorted().toList()) {
                assertThat(send(orthancUrl + "/instances", HttpRequest.BodyPublishers.ofFile(file))
                                .statusCode())
                        .isEqualTo(200);
            }
        }
        var originalStudy = firstId(send(orthancUrl + "/studies", null).body());

        // the database may already hold other studies (PostgreSQL keeps other tests' data): find the new one
        var studiesBefore = jdbc.sql("SELECT study_instance_uid FROM study")
                .query(String.class)
                .set();
        var stow = send(
                orthancUrl + "/dicom-web/servers/portal/stow",
                HttpRequest.BodyPublishers.ofString("{\"Resources\":[\"" + originalStudy + "\"]}"));
        assertThat(stow.statusCode()).as(stow.body()).isEqualTo(200);

        // the database may hold other tests' studies (PostgreSQL): the portal's new study is the one STOW added
        var added = new java.util.HashSet<>(jdbc.sql("SELECT study_instance_uid FROM study")
                .query(String.class)
                .set());
        added.removeAll(studiesBefore);
        assertThat(added).hasSize(1);
        var portalStudy = added.iterator().next();

        var qido = send(
                orthancUrl + "/dicom-web/servers/portal/qido",
                HttpRequest.BodyPublishers.ofString("{\"Uri\":\"/studies\",\"Arguments\":{\"ModalitiesInStudy\":\"CT\","
                        + "\"StudyInstanceUID\":\"" + portalStudy + "\"}}"));
        assertThat(qido.statusCode()).as(qido.body()).isEqualTo(200);
        // Orthanc answers with tags by keyword; the portal's study is the one it de-identified from ours
        assertThat(qido.body()).doesNotContain("SMITH").doesNotContain("MRN900000");
        var matcher = java.util.regex.Pattern.compile(
                        "\"(?:StudyInstanceUID|0020,000d|0020000D)\"[^\"]*?\"(?:Value\"[^\"]*\")?([0-9]+(?:\\.[0-9]+)+)\"")
                .matcher(qido.body());
        assertThat(matcher.find()).as(qido.body()).isTrue();
        assertThat(matcher.group(1)).isEqualTo(portalStudy);
        assertThat(portalStudy).isNotEqualTo("1.2.826.0.1.3680043.9.7777.1");

        var retrieve = send(
                orthancUrl + "/dicom-web/servers/portal/retrieve",
                HttpRequest.BodyPublishers.ofString("{\"Resources\":[{\"Study\":\"" + portalStudy + "\"}]}"));
        assertThat(retrieve.statusCode()).as(retrieve.body()).isEqualTo(200);

        var found = send(
                orthancUrl + "/tools/find",
                HttpRequest.BodyPublishers.ofString("{\"Level\":\"Instance\",\"Expand\":true,\"Query\":"
                        + "{\"StudyInstanceUID\":\"" + portalStudy + "\"}}"));
        assertThat(found.body().split("\"ID\"")).hasSize(4);
        assertThat(found.body()).doesNotContain("SMITH");
        var pulledInstance = firstId(found.body());
        var tags = send(orthancUrl + "/instances/" + pulledInstance + "/simplified-tags", null)
                .body();
        assertThat(tags).contains(portalStudy).doesNotContain("SMITH").doesNotContain("MRN900000");
    }

    /**
     * Gives the slices a study and series of their own: the portal's UIDs derive from the originals, and a database
     * that outlives one run (PostgreSQL) may hold this test's earlier study.
     */
    private static void uniqueStudy(Path slices) throws Exception {
        var suffix = "." + Math.abs(System.nanoTime() % 1_000_000_000L);
        try (Stream<Path> files = Files.list(slices)) {
            for (var file : files.toList()) {
                var dicom = DicomReader.read(file);
                var ds = dicom.dataset();
                ds.setString(
                        Tags.StudyInstanceUID,
                        VR.UI,
                        ds.getString(Tags.StudyInstanceUID).orElseThrow() + suffix);
                ds.setString(
                        Tags.SeriesInstanceUID,
                        VR.UI,
                        ds.getString(Tags.SeriesInstanceUID).orElseThrow() + suffix);
                var sop = ds.getString(Tags.SOPInstanceUID).orElseThrow() + suffix;
                ds.setString(Tags.SOPInstanceUID, VR.UI, sop);
                dicom.fileMeta().setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sop);
                // pixel data may still be read from the file itself: write beside it, then replace it
                var renamed = file.resolveSibling(file.getFileName() + ".tmp");
                DicomWriter.write(dicom, renamed, WriteOptions.defaults());
                Files.move(renamed, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String startOrthanc(String user) throws Exception {
        int httpPort = freePort();
        var config = work.resolve("orthanc.json");
        Files.writeString(config, """
                {
                  "Name": "medvision-it",
                  "HttpPort": %d,
                  "DicomPort": %d,
                  "DicomServerEnabled": false,
                  "RemoteAccessAllowed": false,
                  "AuthenticationEnabled": false,
                  "StorageDirectory": "%s",
                  "IndexDirectory": "%s",
                  "Plugins": ["%s"],
                  "DicomWeb": {
                    "Enable": true,
                    "Root": "/dicom-web/",
                    "Servers": {
                      "portal": {"Url": "http://localhost:%d/dicomweb/", "Username": "%s", "Password": "%s"}
                    }
                  }
                }
                """.formatted(
                        httpPort,
                        freePort(),
                        work.resolve("storage"),
                        work.resolve("index"),
                        PLUGIN,
                        port,
                        user,
                        TestUsers.PASSWORD));
        orthanc = new ProcessBuilder(ORTHANC.toString(), "--verbose", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("orthanc.log").toFile())
                .start();
        var url = "http://localhost:" + httpPort;
        for (int i = 0; i < 100; i++) {
            try {
                if (send(url + "/system", null).statusCode() == 200) {
                    return url;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Orthanc did not start: " + Files.readString(work.resolve("orthanc.log")));
    }

    private HttpResponse<String> send(String url, HttpRequest.BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.POST(body);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedKeepAlive) {
            // Orthanc may close an idle keep-alive connection just as it is reused: one retry on a fresh one
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String firstId(String json) {
        return json.replaceFirst(
                "(?s)^.*?\"(?:ID\"\\s*:\\s*\")?([0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8})\".*$",
                "$1");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
