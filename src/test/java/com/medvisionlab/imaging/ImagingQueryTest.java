package com.medvisionlab.imaging;

import static com.medvisionlab.imaging.TestObjects.object;
import static com.medvisionlab.imaging.TestObjects.storedAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * QIDO-RS matching (PS3.4 C.2.2.2) over a handful of synthetic studies. Every study query is scoped by the patient
 * ID prefix {@code Q-} so rows other tests committed to a shared database cannot disturb the counts.
 */
@ImagingSliceTest
class ImagingQueryTest {

    private static final Page ALL = Page.first(100);

    @Autowired
    ImagingIndex index;

    @BeforeEach
    void indexStudies() {
        study("9.1", "Q-AB11", "DOE^JOHN", "20200115", "ACC1", "100% contrast", "CT");
        study("9.2", "Q-ABX1", "Doe^Jane", "20200601", "ACC2", "1000 contrast", "MR");
        study("9.3", "Q-AB111", "ROE^RICHARD", "20201231", "ACC3", "knee_left", "CT");
        study("9.4", "Q-ZZ", "doe^max", "20210101", "", "kneeXleft", "SR");
        study("9.5", "Q-NODATE", "MUSTERMANN^ERIKA", "", "ACC5", "50%", "US");
        // a second series of another modality in study 9.4
        index.index(withSeries(object("9.4", "9.4.2", "9.4.2.1"), "MR"), storedAs("9.4.2.1"));
    }

    @Test
    void patient_name_wildcards_match_without_regard_to_case() {
        assertThat(studyUids(q -> q.patientName("doe^*"))).containsExactlyInAnyOrder("9.1", "9.2", "9.4");
        assertThat(studyUids(q -> q.patientName("DOE^J???"))).containsExactlyInAnyOrder("9.1", "9.2");
        assertThat(studyUids(q -> q.patientName("roe^richard"))).containsExactly("9.3");
    }

    @Test
    void other_strings_match_case_sensitively() {
        assertThat(studyUids(q -> q.studyDescription("KNEE*"))).isEmpty();
        assertThat(studyUids(q -> q.studyDescription("knee*"))).containsExactlyInAnyOrder("9.3", "9.4");
    }

    @Test
    void a_question_mark_stands_for_exactly_one_character() {
        assertThat(studyUids(q -> q.patientId("Q-AB?1"))).containsExactlyInAnyOrder("9.1", "9.2");
    }

    @Test
    void percent_and_underscore_in_a_matching_key_stand_for_themselves() {
        assertThat(studyUids(q -> q.studyDescription("100%*"))).containsExactly("9.1");
        assertThat(studyUids(q -> q.studyDescription("knee_*"))).containsExactly("9.3");
        assertThat(studyUids(q -> q.studyDescription("50%"))).containsExactly("9.5");
        assertThat(studyUids(q -> q.studyDescription("5_%"))).isEmpty();
    }

    @Test
    void a_lone_asterisk_matches_everything_including_absent_values() {
        assertThat(studyUids(q -> q.accessionNumber("*"))).hasSize(5);
        assertThat(studyUids(q -> q.accessionNumber("ACC*"))).hasSize(4);
    }

    @Test
    void date_ranges_include_both_ends_and_may_be_open_on_either_side() {
        assertThat(studyUids(q -> q.studyDate(DateRange.parse("20200101-20201231"))))
                .containsExactlyInAnyOrder("9.1", "9.2", "9.3");
        assertThat(studyUids(q -> q.studyDate(DateRange.parse("20200601-"))))
                .containsExactlyInAnyOrder("9.2", "9.3", "9.4");
        assertThat(studyUids(q -> q.studyDate(DateRange.parse("-20200601")))).containsExactlyInAnyOrder("9.1", "9.2");
        assertThat(studyUids(q -> q.studyDate(DateRange.parse("20201231")))).containsExactly("9.3");
    }

    @Test
    void a_uid_list_matches_any_of_its_uids() {
        assertThat(studyUids(q -> q.studyInstanceUids(List.of("9.2", "9.5", "9.99"))))
                .containsExactlyInAnyOrder("9.2", "9.5");
    }

    @Test
    void modalities_in_study_match_any_series_of_the_study() {
        assertThat(studyUids(q -> q.modalitiesInStudy(List.of("MR")))).containsExactlyInAnyOrder("9.2", "9.4");
        assertThat(studyUids(q -> q.modalitiesInStudy(List.of("US", "SR")))).containsExactlyInAnyOrder("9.4", "9.5");
        var study94 = index.study("9.4").orElseThrow();
        assertThat(study94.modalitiesInStudy()).containsExactly("MR", "SR");
    }

    @Test
    void keys_combine_with_and() {
        assertThat(studyUids(q -> q.patientName("DOE*").modalitiesInStudy(List.of("CT"))))
                .containsExactly("9.1");
    }

    @Test
    void limit_and_offset_page_through_newest_first_with_the_total_of_all_matches() {
        var first = index.findStudies(
                StudyQuery.builder(new Page(2, 0)).patientId("Q-*").build());
        var second = index.findStudies(
                StudyQuery.builder(new Page(2, 2)).patientId("Q-*").build());
        var last = index.findStudies(
                StudyQuery.builder(new Page(2, 4)).patientId("Q-*").build());
        var beyond = index.findStudies(
                StudyQuery.builder(new Page(2, 10)).patientId("Q-*").build());

        assertThat(first.total()).isEqualTo(5);
        assertThat(uids(first)).containsExactly("9.4", "9.3");
        assertThat(uids(second)).containsExactly("9.2", "9.1");
        assertThat(uids(last)).containsExactly("9.5"); // no study date: last
        assertThat(last.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void series_match_by_study_modality_and_wildcard_description() {
        var inStudy = index.findSeries(
                SeriesQuery.builder(ALL).studyInstanceUids(List.of("9.4")).build());
        assertThat(inStudy.items())
                .extracting(s -> s.attributes().seriesInstanceUid())
                .containsExactly("9.4.1", "9.4.2");
        assertThat(inStudy.total()).isEqualTo(2);
        var mr = index.findSeries(SeriesQuery.builder(ALL)
                .studyInstanceUids(List.of("9.1", "9.2", "9.4"))
                .modality("MR")
                .build());
        assertThat(mr.items())
                .extracting(s -> s.attributes().seriesInstanceUid())
                .containsExactly("9.2.1", "9.4.2");
        var described = index.findSeries(SeriesQuery.builder(ALL)
                .studyInstanceUids(List.of("9.1", "9.2", "9.3"))
                .seriesDescription("Series of 9.?")
                .build());
        assertThat(described.total()).isEqualTo(3);
    }

    @Test
    void instances_match_by_series_uid_list_and_sop_class_and_page_with_total() {
        var inSeries = index.findInstances(InstanceQuery.builder(Page.first(1))
                .seriesInstanceUids(List.of("9.4.1", "9.4.2"))
                .build());
        assertThat(inSeries.total()).isEqualTo(2);
        assertThat(inSeries.items()).hasSize(1);
        assertThat(inSeries.items().getFirst().studyInstanceUid()).isEqualTo("9.4");
        var bySopClass = index.findInstances(InstanceQuery.builder(ALL)
                .studyInstanceUids(List.of("9.1"))
                .sopClassUids(List.of("1.2.840.10008.5.1.4.1.1.2"))
                .build());
        assertThat(bySopClass.items())
                .extracting(i -> i.attributes().sopInstanceUid())
                .containsExactly("9.1.1.1");
        var otherClass = index.findInstances(InstanceQuery.builder(ALL)
                .studyInstanceUids(List.of("9.1"))
                .sopClassUids(List.of("1.2.840.10008.5.1.4.1.1.4"))
                .build());
        assertThat(otherClass.total()).isZero();
    }

    private void study(
            String uid,
            String patientId,
            String patientName,
            String date,
            String accession,
            String description,
            String modality) {
        Dataset ds = object(uid, uid + ".1", uid + ".1.1");
        ds.setString(Tags.PatientID, VR.LO, patientId);
        ds.setString(Tags.PatientName, VR.PN, patientName);
        ds.setString(Tags.StudyDate, VR.DA, date);
        ds.setString(Tags.AccessionNumber, VR.SH, accession);
        ds.setString(Tags.StudyDescription, VR.LO, description);
        ds.setString(Tags.SeriesDescription, VR.LO, "Series of " + uid);
        index.index(withSeries(ds, modality), storedAs(uid));
    }

    private static Dataset withSeries(Dataset ds, String modality) {
        ds.setString(Tags.Modality, VR.CS, modality);
        return ds;
    }

    private List<String> studyUids(UnaryOperator<StudyQuery.Builder> keys) {
        return uids(index.findStudies(
                keys.apply(StudyQuery.builder(ALL).patientId("Q-*")).build()));
    }

    private static List<String> uids(QueryResult<IndexedStudy> result) {
        return result.items().stream()
                .map(s -> s.attributes().studyInstanceUid())
                .toList();
    }
}
