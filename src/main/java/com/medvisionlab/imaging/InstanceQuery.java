package com.medvisionlab.imaging;

import java.util.List;
import java.util.OptionalInt;

/**
 * QIDO-RS instance matching keys (PS3.18 10.6.1.2). A search within a study or series passes its UID as the only
 * element of the corresponding list.
 */
public record InstanceQuery(
        List<String> studyInstanceUids,
        List<String> seriesInstanceUids,
        List<String> sopInstanceUids,
        List<String> sopClassUids,
        OptionalInt instanceNumber,
        Page page) {

    public InstanceQuery {
        studyInstanceUids = List.copyOf(studyInstanceUids);
        seriesInstanceUids = List.copyOf(seriesInstanceUids);
        sopInstanceUids = List.copyOf(sopInstanceUids);
        sopClassUids = List.copyOf(sopClassUids);
    }

    public static Builder builder(Page page) {
        return new Builder(page);
    }

    public static final class Builder {
        private List<String> studyInstanceUids = List.of();
        private List<String> seriesInstanceUids = List.of();
        private List<String> sopInstanceUids = List.of();
        private List<String> sopClassUids = List.of();
        private OptionalInt instanceNumber = OptionalInt.empty();
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

        public Builder sopInstanceUids(List<String> uids) {
            this.sopInstanceUids = uids;
            return this;
        }

        public Builder sopClassUids(List<String> uids) {
            this.sopClassUids = uids;
            return this;
        }

        public Builder instanceNumber(int value) {
            this.instanceNumber = OptionalInt.of(value);
            return this;
        }

        public InstanceQuery build() {
            return new InstanceQuery(
                    studyInstanceUids, seriesInstanceUids, sopInstanceUids, sopClassUids, instanceNumber, page);
        }
    }
}
