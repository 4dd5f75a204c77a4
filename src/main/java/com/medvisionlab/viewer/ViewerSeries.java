package com.medvisionlab.viewer;

/**
 * A series the viewer may show: it fetches metadata and frames from
 * {@code /dicomweb/studies/{study}/series/{series}} itself, as the signed-in user (or guest).
 */
public record ViewerSeries(String studyInstanceUid, String seriesInstanceUid) {}
