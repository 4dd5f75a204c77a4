package com.medvisionlab.reading;

import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.viewer.ViewerAnnotation;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a saved annotation must be: on an image of the case's own study, with the points its kind needs, finite
 * coordinates and bounded text, so a crafted request cannot store junk or point at another case's images.
 */
@Component
class AnnotationRules {

    static final int MAX_ANNOTATIONS = 500;
    static final int MAX_TEXT = 1000;
    private static final int MAX_ID = 64;
    private static final int MAX_UNIT = 16;
    /** Image pixel coordinates far outside any image (DICOM rows and columns are at most 65535). */
    private static final double MAX_COORDINATE = 1_000_000;

    private final ImagingIndex index;

    AnnotationRules(ImagingIndex index) {
        this.index = index;
    }

    void check(@Nullable String caseStudyUid, List<ViewerAnnotation> annotations) {
        if (annotations.size() > MAX_ANNOTATIONS) {
            throw new ReadingException("reading.error.too-many-annotations", Integer.toString(MAX_ANNOTATIONS));
        }
        var imagesOfTheCase = new HashSet<String>();
        for (var a : annotations) {
            if (!wellFormed(a)) {
                throw new ReadingException("reading.error.annotation-invalid");
            }
            if (!imagesOfTheCase.contains(a.sopInstanceUid())) {
                boolean inStudy = caseStudyUid != null
                        && index.instance(a.sopInstanceUid())
                                .filter(i -> i.studyInstanceUid().equals(caseStudyUid))
                                .isPresent();
                if (!inStudy) {
                    throw new ReadingException("reading.error.image-not-in-case");
                }
                imagesOfTheCase.add(a.sopInstanceUid());
            }
        }
    }

    private static boolean wellFormed(ViewerAnnotation a) {
        var text = a.text();
        var m = a.measurement();
        return !a.id().isBlank()
                && a.id().length() <= MAX_ID
                && a.frame() >= 1
                && a.points().size() == pointsOf(a.kind())
                && a.points().stream().allMatch(p -> coordinate(p.x()) && coordinate(p.y()))
                && (text == null || text.length() <= MAX_TEXT)
                && (m == null
                        || (Double.isFinite(m.value())
                                && !m.unit().isBlank()
                                && m.unit().length() <= MAX_UNIT
                                && finiteOrAbsent(m.stdDev())
                                && finiteOrAbsent(m.area())));
    }

    /** As the viewer defines them: two for lines and boxes, three for an angle (vertex in the middle), one for text. */
    static int pointsOf(ViewerAnnotation.Kind kind) {
        return switch (kind) {
            case LENGTH, ARROW, RECTANGLE_ROI, ELLIPSE_ROI -> 2;
            case ANGLE -> 3;
            case TEXT -> 1;
        };
    }

    private static boolean coordinate(double v) {
        return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
    }

    private static boolean finiteOrAbsent(@Nullable Double v) {
        return v == null || Double.isFinite(v);
    }
}
