package com.medvisionlab.viewer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * When the first page of a visit already holds a viewer (its view is rendered into index.html, see
 * {@code vaadin.eagerServerLoad}), the page tells the browser to fetch that viewer's series metadata at once: the
 * request then runs while the scripts load and start, instead of after them. The viewer's own fetch of the same URL
 * takes the preloaded answer. Only a viewer the view created is preloaded, so only what the view let the user open; the
 * request itself goes through DICOMweb's access check like any other.
 */
@SpringComponent
class MetadataPreload implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(MetadataPreload::addPreloads);
    }

    private static void addPreloads(IndexHtmlResponse response) {
        response.getUI().ifPresent(ui -> addPreloads(ui, response.getDocument()));
    }

    static void addPreloads(UI ui, Document page) {
        viewers(ui)
                .flatMap(MetadataPreload::metadataPaths)
                .distinct()
                .forEach(path -> page.head()
                        .appendElement("link")
                        .attr("rel", "preload")
                        .attr("as", "fetch")
                        // CORS mode with same-origin credentials: what the viewer's fetch() uses, so the two match
                        .attr("crossorigin", "anonymous")
                        .attr("href", path));
    }

    /**
     * The metadata a viewer asks for first: its first series' and, when the view named an image, that instance's
     * (the viewer draws it before the whole series' metadata has arrived). Relative to the page's base, as the viewer
     * resolves them (series-metadata.ts).
     */
    static Stream<String> metadataPaths(DicomViewer viewer) {
        return viewer.firstSeries().stream().flatMap(series -> {
            String base = "dicomweb/studies/" + series.studyInstanceUid() + "/series/" + series.seriesInstanceUid();
            return Stream.concat(
                    viewer.namedImage().map(sop -> base + "/instances/" + sop + "/metadata").stream(),
                    Stream.of(base + "/metadata"));
        });
    }

    private static Stream<DicomViewer> viewers(UI ui) {
        return descendants(ui).filter(DicomViewer.class::isInstance).map(DicomViewer.class::cast);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(MetadataPreload::descendants));
    }
}
