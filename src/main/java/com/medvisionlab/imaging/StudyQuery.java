package com.medvisionlab.imaging;

import java.util.List;
import java.util.Optional;

/**
 * QIDO-RS study matching keys (PS3.18 10.6.1.2). String keys take the value as the request spells it: exact, or with
 * {@code *} (any run of characters) and {@code ?} (one character) wildcards; {@code *} alone matches everything.
 * Patient Name matches case-insensitively. An empty list or an empty optional does not restrict.
 *
 * @param studyInstanceUids UID list matching: any of these
 * @param modalitiesInStudy studies with at least one series of any of these modalities
 */
public record StudyQuery(
        List<String> studyInstanceUids,
        Optional<String> patientId,
        Optional<String> patientName,
        Optional<DateRange> studyDate,
        Optional<String> accessionNumber,
        List<String> modalitiesInStudy,
        Optional<String> studyDescription,
        Optional<String> studyId,
        Page page) {

    public StudyQuery {
        studyInstanceUids = List.copyOf(studyInstanceUids);
        modalitiesInStudy = List.copyOf(modalitiesInStudy);
    }

    public static Builder builder(Page page) {
        return new Builder(page);
    }

    public static final class Builder {
        private List<String> studyInstanceUids = List.of();
        private Optional<String> patientId = Optional.empty();
        private Optional<String> patientName = Optional.empty();
        private Optional<DateRange> studyDate = Optional.empty();
        private Optional<String> accessionNumber = Optional.empty();
        private List<String> modalitiesInStudy = List.of();
        private Optional<String> studyDescription = Optional.empty();
        private Optional<String> studyId = Optional.empty();
        private final Page page;

        private Builder(Page page) {
            this.page = page;
        }

        public Builder studyInstanceUids(List<String> uids) {
            this.studyInstanceUids = uids;
            return this;
        }

        public Builder patientId(String value) {
            this.patientId = Optional.of(value);
            return this;
        }

        public Builder patientName(String value) {
            this.patientName = Optional.of(value);
            return this;
        }

        public Builder studyDate(DateRange range) {
            this.studyDate = Optional.of(range);
            return this;
        }

        public Builder accessionNumber(String value) {
            this.accessionNumber = Optional.of(value);
            return this;
        }

        public Builder modalitiesInStudy(List<String> modalities) {
            this.modalitiesInStudy = modalities;
            return this;
        }

        public Builder studyDescription(String value) {
            this.studyDescription = Optional.of(value);
            return this;
        }

        public Builder studyId(String value) {
            this.studyId = Optional.of(value);
            return this;
        }

        public StudyQuery build() {
            return new StudyQuery(
                    studyInstanceUids,
                    patientId,
                    patientName,
                    studyDate,
                    accessionNumber,
                    modalitiesInStudy,
                    studyDescription,
                    studyId,
                    page);
        }
    }
}
