package com.medvisionlab.viewer.ui;

import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerSeries;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * CONTRACT (filled in by the viewer work): the {@code <dicom-viewer>} web component with a typed API. Load series,
 * jump to an image, show annotations (read-only or editable), read back the annotations the user drew, and events
 * when the shown image or the annotations change. All coordinates are image pixels ({@link ViewerAnnotation}).
 */
@Tag("dicom-viewer")
@JsModule("./components/dicom-viewer.ts")
public class DicomViewer extends Component implements HasSize {

    /** Shows these series (thumbnails strip), the first one in the viewport. */
    public void setSeries(List<ViewerSeries> series) {
        throw new UnsupportedOperationException("contract");
    }

    /** Shows one image (and frame, 1-based) of the loaded series. */
    public void showImage(String sopInstanceUid, int frame) {
        throw new UnsupportedOperationException("contract");
    }

    /** Annotations shown and not editable (e.g. the instructor's, shown to a student). */
    public void setFixedAnnotations(List<ViewerAnnotation> annotations) {
        throw new UnsupportedOperationException("contract");
    }

    /** The user's own annotations, editable when {@link #setEditable} is true. */
    public void setAnnotations(List<ViewerAnnotation> annotations) {
        throw new UnsupportedOperationException("contract");
    }

    /** The user's annotations as last reported by the browser (checked on arrival). */
    public List<ViewerAnnotation> getAnnotations() {
        throw new UnsupportedOperationException("contract");
    }

    /** Whether the annotation tools (length, angle, ROIs, arrow, text) are offered; measuring is always offered. */
    public void setEditable(boolean editable) {
        throw new UnsupportedOperationException("contract");
    }

    public Registration addAnnotationsChangedListener(ComponentEventListener<AnnotationsChangedEvent> listener) {
        throw new UnsupportedOperationException("contract");
    }

    public Registration addImageShownListener(ComponentEventListener<ImageShownEvent> listener) {
        throw new UnsupportedOperationException("contract");
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
