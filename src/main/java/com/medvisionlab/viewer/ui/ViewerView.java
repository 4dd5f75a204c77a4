package com.medvisionlab.viewer.ui;

import com.medvisionlab.viewer.ViewerSeries;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * A bare page with one viewer for one series: {@code /viewer?study=UID&series=UID}. It shows nothing itself: the
 * viewer fetches the series from DICOMweb as the caller, so the page shows exactly what DICOMweb lets the caller
 * read (a guest: published demo content). Used for direct links and by the viewer benchmark.
 */
@Route(value = "viewer", autoLayout = false)
@AnonymousAllowed
final class ViewerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    ViewerView() {
        setSizeFull();
        getStyle().set("height", "100vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var query = event.getLocation().getQueryParameters();
        var study = query.getSingleParameter("study").orElse("");
        var series = query.getSingleParameter("series").orElse("");
        if (!AnnotationJson.isUid(study) || !AnnotationJson.isUid(series)) {
            var message = new Paragraph(getTranslation("viewer.page.bad-request"));
            message.setId("viewer-bad-request");
            add(message);
            return;
        }
        var viewer = new DicomViewer();
        viewer.setId("viewer");
        viewer.setSizeFull();
        viewer.setSeries(List.of(new ViewerSeries(study, series)));
        add(viewer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("viewer.page.title");
    }
}
