package com.medvisionlab.dicomweb;

import java.util.List;
import java.util.Optional;

/**
 * What a DICOMweb request path is, for the audit trail: search, retrieve or store, which resource, and the study it
 * names. The study of a store request is the client's original UID and is not kept (it may identify a patient).
 *
 * @param kind the resource: {@code studies}, {@code series}, {@code instances}, {@code study}, {@code metadata},
 *     {@code frames}, {@code rendered}, {@code thumbnail}, ...
 */
record DicomWebRoute(DicomWebAuditAction action, String kind, Optional<String> studyInstanceUid) {

    static final String BASE = "/dicomweb";
    private static final List<String> SEARCHABLE = List.of("studies", "series", "instances");

    static DicomWebRoute of(String method, String path) {
        var segments = List.of(path.substring(path.startsWith(BASE) ? BASE.length() : 0)
                .replaceAll("^/+|/+$", "")
                .split("/+"));
        var last = segments.getLast();
        if ("POST".equalsIgnoreCase(method)) {
            return new DicomWebRoute(DicomWebAuditAction.DICOMWEB_STORE, "studies", Optional.empty());
        }
        int studies = segments.indexOf("studies");
        Optional<String> study = studies >= 0 && studies + 1 < segments.size()
                ? Optional.of(segments.get(studies + 1))
                : Optional.empty();
        if (SEARCHABLE.contains(last)) {
            return new DicomWebRoute(DicomWebAuditAction.DICOMWEB_SEARCH, last, study);
        }
        String kind;
        if (segments.contains("frames")) {
            kind = last.equals("rendered") ? "rendered-frames" : "frames";
        } else if (List.of("metadata", "rendered", "thumbnail", "bulkdata").contains(last)) {
            kind = last;
        } else {
            kind = switch (segments.size()) {
                case 2 -> "study";
                case 4 -> "series";
                default -> "instance";
            };
        }
        return new DicomWebRoute(DicomWebAuditAction.DICOMWEB_RETRIEVE, kind, study);
    }
}
