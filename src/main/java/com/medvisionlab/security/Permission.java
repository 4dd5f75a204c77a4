package com.medvisionlab.security;

/**
 * What a role may do. {@link Role} maps each role to a set of these; views and services demand them.
 * Each permission is also a Spring Security authority of the same name (the role prefix is empty, see
 * {@code SecurityConfig}), so {@code @RolesAllowed(Permission.Names.MANAGE_USERS)} reads "needs MANAGE_USERS".
 */
public enum Permission {
    AUTHOR_CASES,
    UPLOAD_STUDIES,
    DEIDENTIFY,
    RUN_AI,
    VIEW_PUBLISHED_CASES,
    VIEW_COURSE_CASES,
    SUBMIT_FINDINGS,
    GRADE,
    EXPORT,
    MANAGE_USERS,
    READ_AUDIT,
    MONITOR_SYSTEM;

    /** Compile-time constants for annotations; {@code PermissionTest} keeps them equal to the enum names. */
    public static final class Names {
        public static final String AUTHOR_CASES = "AUTHOR_CASES";
        public static final String UPLOAD_STUDIES = "UPLOAD_STUDIES";
        public static final String DEIDENTIFY = "DEIDENTIFY";
        public static final String RUN_AI = "RUN_AI";
        public static final String VIEW_PUBLISHED_CASES = "VIEW_PUBLISHED_CASES";
        public static final String VIEW_COURSE_CASES = "VIEW_COURSE_CASES";
        public static final String SUBMIT_FINDINGS = "SUBMIT_FINDINGS";
        public static final String GRADE = "GRADE";
        public static final String EXPORT = "EXPORT";
        public static final String MANAGE_USERS = "MANAGE_USERS";
        public static final String READ_AUDIT = "READ_AUDIT";
        public static final String MONITOR_SYSTEM = "MONITOR_SYSTEM";

        private Names() {}
    }
}
