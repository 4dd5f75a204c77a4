package com.medvisionlab.exchange;

import com.medvisionlab.viewer.ViewerAnnotation;
import java.util.List;

/** The instructor's annotations of a case to and from the manifest's own format. */
final class ManifestAnnotations {

    private ManifestAnnotations() {}

    static List<Manifest.AnnotationEntry> entries(List<ViewerAnnotation> annotations) {
        return annotations.stream().map(ManifestAnnotations::entry).toList();
    }

    private static Manifest.AnnotationEntry entry(ViewerAnnotation a) {
        var m = a.measurement();
        return new Manifest.AnnotationEntry(
                a.id(),
                a.kind().name(),
                a.sopInstanceUid(),
                a.frame(),
                a.points().stream()
                        .map(p -> new Manifest.PointEntry(p.x(), p.y()))
                        .toList(),
                a.text(),
                m == null ? null : new Manifest.MeasurementEntry(m.value(), m.unit(), m.stdDev(), m.area()));
    }

    /**
     * The annotation on the image's UID in this installation (the manifest was checked: the kind is a known one).
     */
    static ViewerAnnotation annotation(Manifest.AnnotationEntry a, String sopInstanceUid) {
        var m = a.measurement();
        return new ViewerAnnotation(
                a.id(),
                ViewerAnnotation.Kind.valueOf(a.kind()),
                sopInstanceUid,
                a.frame(),
                a.points().stream()
                        .map(p -> new ViewerAnnotation.Point(p.x(), p.y()))
                        .toList(),
                a.text(),
                m == null ? null : new ViewerAnnotation.Measurement(m.value(), m.unit(), m.stdDev(), m.area()));
    }
}
