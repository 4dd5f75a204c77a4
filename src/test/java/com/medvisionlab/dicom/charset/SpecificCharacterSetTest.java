package com.medvisionlab.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.charset.SpecificCharacterSet.Delimiters;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.TestFiles;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected names are the PS3.5 Annex H/I/J/K examples (and Clunie's charset samples, which encode them); the
 * pydicom oracle covers every element of every charset file in {@code PydicomOracleTest}.
 */
class SpecificCharacterSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chrH31.dcm   | Yamada^Tarou=山田^太郎=やまだ^たろう
            chrH32.dcm   | ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう
            chrI2.dcm    | Hong^Gildong=洪^吉洞=홍^길동
            chrX1.dcm    | Wang^XiaoDong=王^小東=
            chrX2.dcm    | Wang^XiaoDong=王^小东=
            chrGB2312.dcm| Zhang^XiaoDong=张^小东=
            chrFren.dcm  | Buc^Jérôme
            chrGerm.dcm  | Äneas^Rüdiger
            chrGreek.dcm | Διονυσιος
            chrRuss.dcm  | Люкceмбypг
            chrArab.dcm  | قباني^لنزار
            chrHbrw.dcm  | שרון^דבורה
            chrKoreanMulti.dcm | 김희중
            chrJapMultiExplicitIR6.dcm | やまだ^たろう
            """)
    void person_names_decode_as_in_the_standard_examples(String file, String expected) {
        Dataset ds = DicomReader.read(TestFiles.get("charsets/" + file.strip())).dataset();
        assertEquals(expected.strip(), ds.getString(Tags.PatientName).orElseThrow());
    }

    /** Our encoder reproduces the exact bytes of the standard's examples (trailing padding aside). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chrH31.dcm    | \\ISO 2022 IR 87
            chrH32.dcm    | ISO 2022 IR 13\\ISO 2022 IR 87
            chrI2.dcm     | \\ISO 2022 IR 149
            chrGB2312.dcm | \\ISO 2022 IR 58
            chrX1.dcm     | ISO_IR 192
            chrX2.dcm     | GB18030
            """)
    void encoding_the_decoded_name_gives_back_the_file_bytes(String file, String terms) {
        Dataset ds = DicomReader.read(TestFiles.get("charsets/" + file.strip())).dataset();
        SpecificCharacterSet cs = SpecificCharacterSet.of(terms.strip().split("\\\\", -1));
        assertEquals(cs.terms(), ds.charset().terms());
        byte[] stored = ds.getBytes(Tags.PatientName).orElseThrow();
        byte[] unpadded = stored[stored.length - 1] == ' ' ? Arrays.copyOf(stored, stored.length - 1) : stored;
        assertArrayEquals(unpadded, cs.encode(ds.getString(Tags.PatientName).orElseThrow(), Delimiters.PERSON_NAME));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GB18030                            | 王^小东=Wang^XiaoDong€𠀀
            GBK                                | 王^小东
            ISO_IR 192                         | Ἀθῆναι^Zürich=北京=😀
            ISO_IR 100                         | Buc^Jérôme
            ISO_IR 144                         | Люксембург
            ISO_IR 126                         | Διονυσιος
            ISO_IR 127                         | قباني^لنزار
            ISO_IR 138                         | שרון^דבורה
            ISO_IR 166                         | สวัสดี
            ISO_IR 13                          | ﾔﾏﾀﾞ^ﾀﾛｳ
            \\ISO 2022 IR 87                   | Yamada^Tarou=山田^太郎=やまだ^たろう
            ISO 2022 IR 13\\ISO 2022 IR 87     | ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう
            \\ISO 2022 IR 87\\ISO 2022 IR 159  | 山田^丂=やまだ
            \\ISO 2022 IR 149                  | Hong^Gildong=洪^吉洞=홍^길동
            \\ISO 2022 IR 58                   | Zhang^XiaoDong=张^小东=
            ISO 2022 IR 100\\ISO 2022 IR 144   | Jérôme^Люксембург
            ISO 2022 IR 6\\ISO 2022 IR 126     | Διονυσιος\\Nikos
            """)
    void encode_then_decode_gives_the_same_text(String terms, String text) {
        SpecificCharacterSet cs = SpecificCharacterSet.of(terms.strip().split("\\\\", -1));
        String original = text.strip();
        assertEquals(original, cs.decode(cs.encode(original, Delimiters.PERSON_NAME), Delimiters.PERSON_NAME));
    }

    @Test
    void datasets_encode_strings_with_their_own_character_set_and_items_inherit_it() {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "", "ISO 2022 IR 87");
        ds.setString(Tags.PatientName, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");
        Dataset item = ds.newSequence(Tags.OtherPatientIDsSequence).addItem();
        item.setString(Tags.PatientName, VR.PN, "山田^太郎");
        assertEquals(
                "Yamada^Tarou=山田^太郎=やまだ^たろう", ds.getString(Tags.PatientName).orElseThrow());
        assertEquals("山田^太郎", item.getString(Tags.PatientName).orElseThrow());
        assertEquals(0x1B, item.getBytes(Tags.PatientName).orElseThrow()[0], "stored with the ISO 2022 escape");
    }

    @Test
    void a_sequence_item_with_its_own_character_set_overrides_the_parent() {
        Dataset ds =
                DicomReader.read(TestFiles.get("charsets/chrSQEncoding.dcm")).dataset();
        Dataset item = ds.getSequence(Tags.RequestedProcedureCodeSequence)
                .orElseThrow()
                .get(0);
        assertEquals("ISO_IR 192", ds.charset().toString());
        assertEquals("ISO 2022 IR 13\\ISO 2022 IR 87", item.charset().toString());
        assertEquals("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", item.getString(Tags.PatientName).orElseThrow());
        assertEquals("Doctor^Who^^MD", ds.getString(Tags.RequestingPhysician).orElseThrow());
    }

    @Test
    void characters_outside_the_declared_sets_and_unknown_terms_are_refused() {
        assertThrows(
                DicomException.class,
                () -> SpecificCharacterSet.of("ISO_IR 100").encode("山田", Delimiters.PERSON_NAME));
        assertThrows(
                DicomException.class,
                () -> SpecificCharacterSet.of("", "ISO 2022 IR 87").encode("홍", Delimiters.VALUE));
        assertThrows(DicomException.class, () -> SpecificCharacterSet.of("ISO_IR 999"));
    }

    @Test
    void common_misspellings_of_defined_terms_are_understood() {
        assertEquals("ISO_IR 100", SpecificCharacterSet.of("ISO-IR 100").toString());
        assertEquals("ISO_IR 192", SpecificCharacterSet.of("iso_ir192").toString());
        assertEquals(
                "\\ISO 2022 IR 87", SpecificCharacterSet.of("", "ISO2022 IR 87").toString());
        assertEquals(
                "Buc^Jérôme",
                SpecificCharacterSet.of("ISO-IR 100")
                        .decode(
                                new byte[] {'B', 'u', 'c', '^', 'J', (byte) 0xE9, 'r', (byte) 0xF4, 'm', 'e'},
                                Delimiters.PERSON_NAME));
    }

    /** ASCII text skips the charset encoder; the bytes must still be what the term's Java charset writes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ISO_IR 100 | ISO-8859-1
            ISO_IR 101 | ISO-8859-2
            ISO_IR 144 | ISO-8859-5
            ISO_IR 166 | x-IBM874
            ISO_IR 13  | Shift_JIS
            ISO_IR 192 | UTF-8
            GB18030    | GB18030
            GBK        | GBK
            """)
    void ascii_text_encodes_as_the_terms_java_charset_writes_it(String term, String javaCharset) {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        String text = "Smith^John\\CT CHEST W/O CONTRAST ~{}|" + every;
        SpecificCharacterSet cs = SpecificCharacterSet.of(term.strip());
        assertArrayEquals(
                text.getBytes(java.nio.charset.Charset.forName(javaCharset.strip())),
                cs.encode(text, Delimiters.VALUE));
        assertEquals(text, cs.decode(cs.encode(text, Delimiters.VALUE), Delimiters.VALUE));
    }
}
