package com.medvisionlab.deid.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyTest {

    static DeidSecret secret(String s) {
        return DeidSecret.fromMaterial(("test-secret-" + s + "-0123456789").getBytes(StandardCharsets.UTF_8));
    }

    private final DeidSecret secret = secret("a");

    @Test
    void uid_remapping_is_deterministic_valid_and_secret_dependent() {
        String old = "1.2.840.113619.2.1.2411.1031152382.365.1.736169244";
        UidRemapper a = new UidRemapper(secret, MappingStore.inMemory(secret));
        String uid = a.remap(old);
        assertThat(uid).matches("2\\.25\\.[1-9][0-9]*").hasSizeLessThanOrEqualTo(64);
        assertThat(new UidRemapper(secret, MappingStore.inMemory(secret)).remap(old))
                .isEqualTo(uid);
        assertThat(new UidRemapper(secret("b"), MappingStore.inMemory(secret)).remap(old))
                .isNotEqualTo(uid);
        assertThat(a.remap(old + "1")).isNotEqualTo(uid);
    }

    @Test
    void uid_remapping_yields_distinct_uids_for_many_inputs() {
        UidRemapper r = new UidRemapper(secret, MappingStore.inMemory(secret));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(r.remap("1.2.3." + i));
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void pseudonyms_are_stable_per_patient_and_differ_between_patients() {
        PatientPseudonymizer p = new PatientPseudonymizer(secret, MappingStore.inMemory(secret));
        PatientPseudonym doe = p.pseudonymFor(new PatientKey("583295", "", "DOE^J1", "19500101"));
        assertThat(doe.patientId()).matches("ANON-[0-9A-Z]{8}");
        assertThat(doe.patientName()).isEqualTo("ANON^" + doe.patientId().substring(5));
        assertThat(p.pseudonymFor(new PatientKey("583295", "", "other spelling", "")))
                .isEqualTo(doe);
        assertThat(p.pseudonymFor(new PatientKey("583296", "", "DOE^J1", "19500101")))
                .isNotEqualTo(doe);
    }

    @Test
    void date_offsets_lie_in_range_and_are_stable_per_patient() {
        DateShifter shifter = new DateShifter(secret);
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            int days = shifter.offsetDays(new PatientKey("P" + i, "", "", ""));
            assertThat(days).isBetween(-365, -30);
            offsets.add(days);
        }
        assertThat(offsets.size()).as("offsets spread").isGreaterThan(200);
        PatientKey p = new PatientKey("583295", "", "", "");
        assertThat(shifter.offsetDays(p)).isEqualTo(new DateShifter(secret).offsetDays(p));
    }

    @Test
    void shifting_keeps_intervals_and_handles_leap_years_and_old_formats() {
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        String a = DateShifter.shiftDate("20240301", -40).orElseThrow();
        String b = DateShifter.shiftDate("20240315", -40).orElseThrow();
        assertThat(ChronoUnit.DAYS.between(LocalDate.parse(a, f), LocalDate.parse(b, f)))
                .isEqualTo(14);
        assertThat(DateShifter.shiftDate("20240301", -1)).contains("20240229");
        assertThat(DateShifter.shiftDate("1994.01.30", -30)).contains("19931231");
        assertThat(DateShifter.shiftDate("20200110-20200120", -10)).contains("20191231-20200110");
        assertThat(DateShifter.shiftDate("garbage", -10)).isEmpty();
        assertThat(DateShifter.shiftDateTime("20240301123000.5+0100", -1)).contains("20240229123000.5+0100");
        assertThat(DateShifter.shiftDateTime("2024", -200)).contains("2023");
        assertThat(DateShifter.shiftDateTime("202403", -31)).contains("202402");
    }

    @Test
    void mapping_csv_round_trips_through_encryption_without_plaintext_on_disk(@TempDir Path dir) throws Exception {
        MappingStore store = MappingStore.inMemory(secret);
        String oldUid = "1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0";
        String newUid = new UidRemapper(secret, store).remap(oldUid);
        new PatientPseudonymizer(secret, store).pseudonymFor(new PatientKey("021234567", "", "", ""));
        store.save(dir);

        for (MappingStore.Kind kind : MappingStore.Kind.values()) {
            String onDisk = new String(Files.readAllBytes(dir.resolve(kind.fileName())), StandardCharsets.ISO_8859_1);
            assertThat(onDisk)
                    .doesNotContain(oldUid)
                    .doesNotContain("021234567")
                    .doesNotContain("id_old");
        }
        MappingStore reopened = MappingStore.open(dir, secret);
        assertThat(reopened.exportCsv(MappingStore.Kind.UID))
                .isEqualTo("id_old,id_new\n" + oldUid + "," + newUid + "\n");
        assertThat(reopened.exportCsv(MappingStore.Kind.PATIENT_ID)).startsWith("id_old,id_new\n021234567,ANON-");
    }

    @Test
    void each_save_uses_a_fresh_iv_and_another_secret_cannot_open_the_files(@TempDir Path dir) throws Exception {
        MappingStore store = MappingStore.inMemory(secret);
        new UidRemapper(secret, store).remap("1.2.3");
        store.save(dir);
        byte[] first = Files.readAllBytes(dir.resolve(MappingStore.Kind.UID.fileName()));
        store.save(dir);
        assertThat(Files.readAllBytes(dir.resolve(MappingStore.Kind.UID.fileName())))
                .isNotEqualTo(first);
        assertThatThrownBy(() -> MappingStore.open(dir, secret("other")))
                .isInstanceOf(MappingStore.MappingFileException.class)
                .hasMessageContaining("another secret");
    }

    @Test
    void installation_secret_is_created_once_with_owner_only_permissions(@TempDir Path home) throws Exception {
        DeidSecret first = InstallationSecret.load(Optional.empty(), Map.of(), home);
        Path file = home.resolve(".medvision/secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
        assertThat(InstallationSecret.load(Optional.empty(), Map.of(), home)).isEqualTo(first);

        Path other = home.resolve("env-secret");
        Files.writeString(other, "a secret from the environment variable");
        assertThat(InstallationSecret.load(
                        Optional.empty(), Map.of(InstallationSecret.ENV_VARIABLE, other.toString()), home))
                .isNotEqualTo(first);
    }

    @Test
    void a_secret_file_of_raw_random_bytes_is_accepted_and_a_text_one_ignores_its_newline(@TempDir Path dir)
            throws Exception {
        byte[] random = new byte[32];
        for (int i = 0; i < random.length; i++) {
            random[i] = (byte) (0x80 | i * 7); // not valid UTF-8, like `head -c 32 /dev/urandom`
        }
        Path binary = Files.write(dir.resolve("binary"), random);
        assertThat(InstallationSecret.load(Optional.of(binary), Map.of(), dir))
                .isEqualTo(DeidSecret.fromMaterial(random));

        Path text = Files.writeString(dir.resolve("text"), "0123456789abcdef0123456789abcdef\n");
        assertThat(InstallationSecret.load(Optional.of(text), Map.of(), dir))
                .isEqualTo(
                        DeidSecret.fromMaterial("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void basic_dates_shift_exactly_as_java_time_parses_and_formats_them() {
        // oracle: the formatter path every YYYYMMDD date took before the fast path (invalid dates blank)
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        for (int year : new int[] {0, 1, 999, 1900, 1956, 2000, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    for (int days : new int[] {-365, -30, -1, 0, 400, 100_000}) {
                        String value = "%04d%02d%02d".formatted(year, month, day);
                        Optional<String> expected;
                        try {
                            expected = Optional.of(
                                    LocalDate.parse(value, basic).plusDays(days).format(basic));
                        } catch (java.time.DateTimeException e) {
                            expected = Optional.empty();
                        }
                        assertThat(DateShifter.shiftDate(value, days))
                                .as(value + " %+d", days)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void remembered_pseudonyms_and_offsets_are_those_a_fresh_instance_derives() {
        DeidSecret secret = secret("remembered");
        PatientKey p = new PatientKey("MRN1", "", "DOE^JOHN", "19700101");
        PatientKey q = new PatientKey("", "", "ROE^JANE", "19800101");
        PatientPseudonymizer warm = new PatientPseudonymizer(secret, MappingStore.inMemory(secret));
        DateShifter shifter = new DateShifter(secret);
        for (PatientKey k : new PatientKey[] {p, q, p}) {
            warm.pseudonymFor(k);
            shifter.offsetDays(k);
        }
        for (PatientKey k : new PatientKey[] {p, q}) {
            assertThat(warm.pseudonymFor(k))
                    .isEqualTo(new PatientPseudonymizer(secret, MappingStore.inMemory(secret)).pseudonymFor(k));
            assertThat(shifter.offsetDays(k)).isEqualTo(new DateShifter(secret).offsetDays(k));
        }
        assertThat(warm.pseudonymFor(p)).isNotEqualTo(warm.pseudonymFor(q));
    }
}
