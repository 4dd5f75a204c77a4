package com.medvisionlab.reading;

import com.medvisionlab.course.CaseContent;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.SeriesQuery;
import com.medvisionlab.viewer.ViewerSeries;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the viewer shows of a case: its chosen series (all of the study's when none were chosen), in index order. */
@Component
class CaseImages {

    private final ImagingIndex index;

    CaseImages(ImagingIndex index) {
        this.index = index;
    }

    List<ViewerSeries> series(CaseContent content) {
        var study = content.studyInstanceUid();
        if (study == null) {
            return List.of();
        }
        var query = SeriesQuery.builder(Page.first(Page.MAX_LIMIT)).studyInstanceUids(List.of(study));
        if (!content.seriesInstanceUids().isEmpty()) {
            query.seriesInstanceUids(content.seriesInstanceUids());
        }
        return index.findSeries(query.build()).items().stream()
                .map(s -> new ViewerSeries(study, s.attributes().seriesInstanceUid()))
                .toList();
    }

    /** The image the viewer opens at: the first key image, else none (the viewer's own start). */
    static @Nullable String firstKeyImage(CaseContent content) {
        return content.keyImageUids().isEmpty() ? null : content.keyImageUids().getFirst();
    }
}
