package com.medvisionlab.imaging;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * QIDO-RS series matching keys (PS3.18 10.6.1.2), matched as in {@link StudyQuery}. A search within one study
 * ({@code /studies/{uid}/series}) passes that study's UID as the only element of {@code studyInstanceUids}.
 */
public record SeriesQuery(
        List<String> studyInstanceUids,
        List<String> seriesInstanceUids,
        Optional<String> modality,
        OptionalInt seriesNumber,
        Optional<String> seriesDescription,
        Optional<String> bodyPartExamined,
        Page page) {

    public SeriesQuery {
        studyInstanceUids = List.copyOf(studyInstanceUids);
        seriesInstanceUids = List.copyOf(seriesInstanceUids);
    }

    public static Builder builder(Page page) {
        return new Builder(page);
    }

    public static final class Builder {
        private List<String> studyInstanceUids = List.of();
        private List<String> seriesInstanceUids = List.of();
        private Optional<String> modality = Optional.empty();
        private OptionalInt seriesNumber = OptionalInt.empty();
        private Optional<String> seriesDescription = Optional.empty();
        private Optional<String> bodyPartExamined = Optional.empty();
        private final Page page;

        private Builder(Page page) {
            this.page = page;
        }

        public Builder studyInstanceUids(List<String> uids) {
            this.studyInstanceUids = uids;
            return this;
        }

        public Builder seriesInstanceUids(List<String> uids) {
            this.seriesInstanceUids = uids;
            return this;
        }

        public Builder modality(String value) {
            this.modality = Optional.of(value);
            return this;
        }

        public Builder seriesNumber(int value) {
            this.seriesNumber = OptionalInt.of(value);
            return this;
        }

        public Builder seriesDescription(String value) {
            this.seriesDescription = Optional.of(value);
            return this;
        }

        public Builder bodyPartExamined(String value) {
            this.bodyPartExamined = Optional.of(value);
            return this;
        }

        public SeriesQuery build() {
            return new SeriesQuery(
                    studyInstanceUids,
                    seriesInstanceUids,
                    modality,
                    seriesNumber,
                    seriesDescription,
                    bodyPartExamined,
                    page);
        }
    }
}
