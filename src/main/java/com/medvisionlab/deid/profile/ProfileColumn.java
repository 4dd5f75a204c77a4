package com.medvisionlab.deid.profile;

/** The option columns of PS3.15 Table E.1-1, named by the key the shared JSON uses for each. */
public enum ProfileColumn {
    RETAIN_SAFE_PRIVATE("rtnSafePrivOpt"),
    RETAIN_UIDS("rtnUIDsOpt"),
    RETAIN_DEVICE_IDENTITY("rtnDevIdOpt"),
    RETAIN_INSTITUTION_IDENTITY("rtnInstIdOpt"),
    RETAIN_PATIENT_CHARACTERISTICS("rtnPatCharsOpt"),
    RETAIN_LONGITUDINAL_FULL_DATES("rtnLongFullDatesOpt"),
    RETAIN_LONGITUDINAL_MODIFIED_DATES("rtnLongModifDatesOpt"),
    CLEAN_DESCRIPTORS("cleanDescOpt"),
    CLEAN_STRUCTURED_CONTENT("cleanStructContOpt"),
    CLEAN_GRAPHICS("cleanGraphOpt");

    private final String jsonKey;

    ProfileColumn(String jsonKey) {
        this.jsonKey = jsonKey;
    }

    public String jsonKey() {
        return jsonKey;
    }
}
