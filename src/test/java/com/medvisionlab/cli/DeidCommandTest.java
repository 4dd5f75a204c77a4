package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidCommandTest {

    @TempDir
    Path tmp;

    private DeidCli cli;

    @BeforeEach
    void input() throws IOException {
        cli = DeidCli.in(tmp).sample("CT_small.dcm", "study/ct.dcm").sample("MR_small.dcm", "study/series/mr.dcm");
        Files.writeString(cli.in.resolve("notes.txt"), "not an image");
    }

    @Test
    void exits_0_mirrors_the_tree_skips_non_dicom_and_writes_the_report() throws Exception {
        Path output = tmp.resolve("out");
        int code = cli.run(cli.args(output));

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(output.resolve("study/ct.dcm")).isRegularFile();
        assertThat(output.resolve("study/series/mr.dcm")).isRegularFile();
        assertThat(output.resolve("notes.txt")).doesNotExist();
        assertThat(cli.out.toString()).contains("de-identified 2 of 2 DICOM files");
        String report = python("""
                import json, sys
                r = json.load(open(sys.argv[1]))
                print(r['preset'], r['filesIn'], r['filesOut'], r['filesQuarantined'], list(r['skipped']),
                      r['actions']['PatientName'], 'RETAIN_SAFE_PRIVATE' in r['options'])
                """, cli.report.toString());
        assertThat(report.strip()).isEqualTo("teaching 2 2 0 ['notes.txt'] {'pseudonymized': 2} True");
    }

    @Test
    void exits_1_and_quarantines_beside_out_when_an_identifier_survives() throws Exception {
        DicomFile f = DicomReader.read(DeidCli.SAMPLES.resolve("CT_small.dcm"));
        f.dataset().setString(0x0019109E, VR.LO, "CompressedSamples protocol"); // safe private slot, kept as is
        DicomWriter.write(f, cli.in.resolve("study/planted.dcm"), WriteOptions.keepSourceTransferSyntax());
        Path output = tmp.resolve("out");

        int code = cli.run(cli.args(output));

        assertThat(code).isEqualTo(1);
        Path quarantined = tmp.resolve("out-quarantine/study/planted.dcm");
        assertThat(quarantined).isRegularFile();
        assertThat(output.resolve("study/planted.dcm")).doesNotExist();
        assertThat(Files.readString(quarantined.resolveSibling("planted.dcm.reason.txt")))
                .contains("person name token in (0019,109E)");
        assertThat(Files.readString(cli.report)).contains("\"filesQuarantined\": 1");
    }

    @Test
    void exits_2_on_usage_errors() {
        assertThat(cli.run("deid", cli.in.toString(), tmp.resolve("o").toString(), "--option", "NO_SUCH_OPTION"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("unknown option 'NO_SUCH_OPTION'");
        assertThat(cli.run(
                        "deid",
                        tmp.resolve("missing").toString(),
                        tmp.resolve("o").toString(),
                        "--secret-file",
                        cli.secret.toString()))
                .isEqualTo(2);
        assertThat(cli.run(
                        "deid",
                        cli.in.toString(),
                        tmp.resolve("o").toString(),
                        "--preset",
                        "basic",
                        "--option",
                        "RETAIN_LONGITUDINAL_FULL_DATES",
                        "--option",
                        "RETAIN_LONGITUDINAL_MODIFIED_DATES"))
                .isEqualTo(2);
        assertThat(cli.run("deid", cli.in.toString())).isEqualTo(2);
        assertThat(cli.run("deid", cli.in.toString(), tmp.resolve("o").toString(), "--threads", "0"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("--threads must be between 1 and 64");
        assertThat(cli.err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void one_thread_writes_the_same_files_as_the_default() throws Exception {
        Path parallel = tmp.resolve("parallel");
        Path serial = tmp.resolve("serial");
        assertThat(cli.run(cli.args(parallel))).isZero();
        assertThat(cli.run(cli.args(serial, "--threads", "1")))
                .as(cli.err.toString())
                .isZero();
        for (String file : List.of("study/ct.dcm", "study/series/mr.dcm")) {
            assertThat(Files.readAllBytes(serial.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(parallel.resolve(file)));
        }
    }

    @Test
    void a_single_file_input_and_basic_preset_work() throws Exception {
        Path output = tmp.resolve("single");
        List<String> args = new ArrayList<>(List.of(
                "deid",
                cli.in.resolve("study/ct.dcm").toString(),
                output.toString(),
                "--preset",
                "basic",
                "--secret-file",
                cli.secret.toString(),
                "--mapping-dir",
                cli.mappings().toString()));
        assertThat(cli.run(args)).isZero();
        DicomFile result = DicomReader.read(output.resolve("ct.dcm"));
        assertThat(result.dataset().getString(Tags.PatientIdentityRemoved)).contains("YES");
        assertThat(result.dataset().getStrings(Tags.DeidentificationMethod)).contains("preset basic");
    }

    @Test
    void mappings_are_stored_encrypted_and_decrypt_with_the_same_secret() throws Exception {
        String originalSop = DicomReader.read(cli.in.resolve("study/ct.dcm"))
                .dataset()
                .getString(Tags.SOPInstanceUID)
                .orElseThrow();
        assertThat(cli.run(cli.args(tmp.resolve("out")))).isZero();
        Path map = cli.mappings();
        for (MappingStore.Kind kind : MappingStore.Kind.values()) {
            String raw = new String(Files.readAllBytes(map.resolve(kind.fileName())), StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain(originalSop).doesNotContain("1CT1").doesNotContain("id_old");
        }
        String newSop = DicomReader.read(tmp.resolve("out/study/ct.dcm"))
                .dataset()
                .getString(Tags.SOPInstanceUID)
                .orElseThrow();
        DeidSecret s =
                DeidSecret.fromMaterial(Files.readString(cli.secret).strip().getBytes(StandardCharsets.UTF_8));
        MappingStore store = MappingStore.open(map, s);
        assertThat(store.exportCsv(MappingStore.Kind.UID)).contains(originalSop + "," + newSop);
        assertThat(store.exportCsv(MappingStore.Kind.PATIENT_ID)).contains("1CT1,ANON-");
    }

    private static String python(String script, String... args) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "/usr/bin/python3 absent");
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
