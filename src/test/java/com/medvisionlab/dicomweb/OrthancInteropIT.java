package com.medvisionlab.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.cli.SyntheticCtSlices;
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
        try (Stream<Path> files = Files.list(slices)) {
            for (var file : files.sorted().toList()) {
                assertThat(send(orthancUrl + "/instances", HttpRequest.BodyPublishers.ofFile(file))
                                .statusCode())
                        .isEqualTo(200);
            }
        }
        var originalStudy = firstId(send(orthancUrl + "/studies", null).body());

        var stow = send(
                orthancUrl + "/dicom-web/servers/portal/stow",
                HttpRequest.BodyPublishers.ofString("{\"Resources\":[\"" + originalStudy + "\"]}"));
        assertThat(stow.statusCode()).as(stow.body()).isEqualTo(200);

        var qido = send(
                orthancUrl + "/dicom-web/servers/portal/qido",
                HttpRequest.BodyPublishers.ofString(
                        "{\"Uri\":\"/studies\",\"Arguments\":{\"ModalitiesInStudy\":\"CT\"}}"));
        assertThat(qido.statusCode()).as(qido.body()).isEqualTo(200);
        // Orthanc answers with tags by keyword; the portal's study is the one it de-identified from ours
        assertThat(qido.body()).doesNotContain("SMITH").doesNotContain("MRN900000");
        var matcher = java.util.regex.Pattern.compile(
                        "\"(?:StudyInstanceUID|0020,000d|0020000D)\"[^\"]*?\"(?:Value\"[^\"]*\")?([0-9]+(?:\\.[0-9]+)+)\"")
                .matcher(qido.body());
        assertThat(matcher.find()).as(qido.body()).isTrue();
        var portalStudy = matcher.group(1);
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
