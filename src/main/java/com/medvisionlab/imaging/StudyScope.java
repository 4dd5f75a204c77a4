package com.medvisionlab.imaging;

import java.util.Set;

/** Which studies someone may read: all of them, or exactly these Study Instance UIDs. */
public sealed interface StudyScope {

    boolean allows(String studyInstanceUid);

    StudyScope ALL = new All();
    StudyScope NONE = new Only(Set.of());

    record All() implements StudyScope {
        @Override
        public boolean allows(String studyInstanceUid) {
            return true;
        }
    }

    record Only(Set<String> studyInstanceUids) implements StudyScope {
        public Only {
            studyInstanceUids = Set.copyOf(studyInstanceUids);
        }

        @Override
        public boolean allows(String studyInstanceUid) {
            return studyInstanceUids.contains(studyInstanceUid);
        }
    }
}
