package com.medvisionlab.deid.profile;

import java.util.Arrays;

/** An action code as written in a cell of PS3.15 Table E.1-1 (basic profile or option column). */
public enum ProfileAction {
    /** Replace with a non-zero-length dummy value consistent with the VR. */
    D("D"),
    /** Replace with a zero-length value (or a dummy). */
    Z("Z"),
    /** Remove. */
    X("X"),
    /** Keep (option columns only). */
    K("K"),
    /** Clean: replace identifying content with values of similar meaning (option columns only). */
    C("C"),
    /** Replace UIDs with internally consistent ones. */
    U("U"),
    Z_D("Z/D"),
    X_Z("X/Z"),
    X_D("X/D"),
    X_Z_D("X/Z/D"),
    /** Sequence: remove, empty, or keep with every UID inside replaced. */
    X_Z_U_STAR("X/Z/U*");

    private final String code;

    ProfileAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProfileAction parse(String code) {
        return Arrays.stream(values())
                .filter(a -> a.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PS3.15 action code '" + code + "'"));
    }
}
