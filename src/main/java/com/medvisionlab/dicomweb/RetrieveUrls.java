package com.medvisionlab.dicomweb;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** WADO-RS URLs as the client reached this server (scheme, host, port and context path of the request). */
record RetrieveUrls(String base) {

    static RetrieveUrls of(HttpServletRequest request) {
        return new RetrieveUrls(
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + DicomWebRoute.BASE);
    }

    String study(String study) {
        return base + "/studies/" + study;
    }

    String series(String study, String series) {
        return study(study) + "/series/" + series;
    }

    String instance(String study, String series, String instance) {
        return series(study, series) + "/instances/" + instance;
    }
}
