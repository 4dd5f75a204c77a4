package com.medvisionlab.viewer.ui;

import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerSeries;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code <dicom-viewer>} web component ({@code frontend/components/dicom-viewer.ts}, Cornerstone3D) with a typed
 * API. Load series, jump to an image, show annotations (read-only or editable), read back the annotations the user
 * drew, and events when the shown image or the annotations change (the shown image is sent by the browser only while a
 * Java listener wants it). All coordinates are image pixels
 * ({@link ViewerAnnotation}); annotations travel as JSON text and what the browser sends is checked on arrival
 * ({@link AnnotationJson}). The viewer reads images itself from the portal's {@code /dicomweb}, as the browser's
 * user, so it shows only what DICOMweb lets that user read. Labels follow the UI locale ({@code viewer.*} keys).
 */
@Tag("dicom-viewer")
@JsModule("./components/dicom-viewer.ts")
@NpmPackage(value = "@cornerstonejs/core", version = "5.14.0")
@NpmPackage(value = "@cornerstonejs/tools", version = "5.14.0")
@NpmPackage(value = "@cornerstonejs/dicom-image-loader", version = "5.14.0")
// the browser build of Node's EventEmitter, which vtk.js's XML code extends (see vite.config.ts)
@NpmPackage(value = "events", version = "3.3.0")
public class DicomViewer extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Labels keep their {0}, {1} for the browser to fill. */
    private static final Object[] PLACEHOLDERS = {"{0}", "{1}"};

    private List<ViewerAnnotation> annotations = List.of();
    private List<ViewerSeries> series = List.of();
    private @Nullable String namedImage;

    /** The browser's {@code image-shown} listener, present only while a Java listener wants the event. */
    private @Nullable DomListenerRegistration imageShownFromBrowser;

    public DicomViewer() {
        getElement()
                .addEventListener("annotations-changed", event -> {
                    annotations = AnnotationJson.parse(event.getEventData()
                            .path("event.detail.annotations")
                            .asString(null));
                    fireEvent(new AnnotationsChangedEvent(this, true));
                })
                .addEventData("event.detail.annotations");
    }

    /** Shows these series (thumbnails strip), the first one in the viewport. */
    public void setSeries(List<ViewerSeries> series) {
        this.series = List.copyOf(series);
        var array = JSON.createArrayNode();
        series.forEach(s -> array.addObject().put("study", s.studyInstanceUid()).put("series", s.seriesInstanceUid()));
        getElement().setProperty("series", array.toString());
    }

    /** The series shown first, if any. */
    Optional<ViewerSeries> firstSeries() {
        return series.stream().findFirst();
    }

    /** The instance last named by {@link #showImage}, if any. */
    Optional<String> namedImage() {
        return Optional.ofNullable(namedImage);
    }

    /** Shows one image (and frame, 1-based) of the loaded series. */
    public void showImage(String sopInstanceUid, int frame) {
        namedImage = sopInstanceUid;
        getElement().callJsFunction("showImage", sopInstanceUid, frame);
    }

    /** Annotations shown and not editable (e.g. the instructor's, shown to a student). */
    public void setFixedAnnotations(List<ViewerAnnotation> annotations) {
        getElement().setProperty("fixedAnnotations", AnnotationJson.toJson(annotations));
    }

    /** The user's own annotations, editable when {@link #setEditable} is true. */
    public void setAnnotations(List<ViewerAnnotation> annotations) {
        this.annotations = List.copyOf(annotations);
        getElement().setProperty("annotations", AnnotationJson.toJson(this.annotations));
    }

    /** The user's annotations as last reported by the browser (checked on arrival). */
    public List<ViewerAnnotation> getAnnotations() {
        return annotations;
    }

    /** Whether the annotation tools (length, angle, ROIs, arrow, text) are offered; measuring is always offered. */
    public void setEditable(boolean editable) {
        getElement().setProperty("editable", editable);
    }

    public Registration addAnnotationsChangedListener(ComponentEventListener<AnnotationsChangedEvent> listener) {
        return addListener(AnnotationsChangedEvent.class, listener);
    }

    /**
     * The browser sends {@code image-shown} only while someone listens here: the first listener registers the DOM
     * listener and removing the last one removes it, so a viewer nobody follows makes no server round trip per image
     * while the user scrolls.
     */
    public Registration addImageShownListener(ComponentEventListener<ImageShownEvent> listener) {
        if (imageShownFromBrowser == null) {
            imageShownFromBrowser = listenToImageShown();
        }
        var registration = addListener(ImageShownEvent.class, listener);
        return () -> {
            registration.remove();
            if (!hasListener(ImageShownEvent.class) && imageShownFromBrowser != null) {
                imageShownFromBrowser.remove();
                imageShownFromBrowser = null;
            }
        };
    }

    private DomListenerRegistration listenToImageShown() {
        return getElement()
                .addEventListener("image-shown", event -> {
                    var data = event.getEventData();
                    var sop = data.path("event.detail.sopInstanceUid").asString("");
                    int frame = data.path("event.detail.frame").asInt(0);
                    if (AnnotationJson.isUid(sop) && frame >= 1) {
                        fireEvent(new ImageShownEvent(this, true, sop, frame));
                    }
                })
                .addEventData("event.detail.sopInstanceUid")
                .addEventData("event.detail.frame");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().setProperty("i18n", ViewerLabels.json(key -> getTranslation(key, PLACEHOLDERS)));
    }

    /** The user added, moved, edited or removed one of their annotations. */
    public static class AnnotationsChangedEvent extends ComponentEvent<DicomViewer> {
        public AnnotationsChangedEvent(DicomViewer source, boolean fromClient) {
            super(source, fromClient);
        }

        public List<ViewerAnnotation> annotations() {
            return getSource().getAnnotations();
        }
    }

    /** The viewport now shows this image and frame (after scrolling, a thumbnail click or {@link #showImage}). */
    public static class ImageShownEvent extends ComponentEvent<DicomViewer> {
        private final String sopInstanceUid;
        private final int frame;

        public ImageShownEvent(DicomViewer source, boolean fromClient, String sopInstanceUid, int frame) {
            super(source, fromClient);
            this.sopInstanceUid = sopInstanceUid;
            this.frame = frame;
        }

        public String sopInstanceUid() {
            return sopInstanceUid;
        }

        public int frame() {
            return frame;
        }
    }
}
