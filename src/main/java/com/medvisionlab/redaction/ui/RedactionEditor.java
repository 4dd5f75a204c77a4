package com.medvisionlab.redaction.ui;

import com.medvisionlab.redaction.RedactionBox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The box editor ({@code frontend/components/redaction-editor.ts}) with a typed API: the image and its size, the
 * researcher's boxes (read and write), the automatic boxes to outline, and an event whenever the researcher changes
 * the boxes. Boxes travel as JSON text in image pixels; what the browser sends is checked here before anyone uses it.
 */
@Tag("redaction-editor")
@JsModule("./components/redaction-editor.ts")
final class RedactionEditor extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<RedactionBox> boxes = List.of();
    private int width = 1;
    private int height = 1;

    RedactionEditor() {
        addListener(BoxesChangedEvent.class, event -> boxes = event.boxes());
    }

    /** The image to draw on and its size in pixels (the boxes' coordinate space). */
    void setImage(DownloadHandler image, int width, int height) {
        this.width = width;
        this.height = height;
        getElement().setAttribute("src", image);
        getElement().setProperty("imageWidth", width);
        getElement().setProperty("imageHeight", height);
    }

    void setBoxes(List<RedactionBox> boxes) {
        this.boxes = List.copyOf(boxes);
        getElement().setProperty("boxes", toJson(this.boxes));
    }

    List<RedactionBox> getBoxes() {
        return boxes;
    }

    /** Automatic boxes, outlined and not editable. */
    void setFixedBoxes(List<RedactionBox> fixed) {
        getElement().setProperty("fixedBoxes", toJson(fixed));
    }

    void setRemoveLabel(String label) {
        getElement().setProperty("removeLabel", label);
    }

    Registration addBoxesChangedListener(ComponentEventListener<BoxesChangedEvent> listener) {
        return addListener(BoxesChangedEvent.class, listener);
    }

    /** The researcher drew or removed a box; boxes outside the image or malformed are dropped. */
    // public: Vaadin instantiates DOM events reflectively
    @DomEvent("boxes-changed")
    public static final class BoxesChangedEvent extends ComponentEvent<RedactionEditor> {

        private final List<RedactionBox> boxes;

        public BoxesChangedEvent(
                RedactionEditor source, boolean fromClient, @EventData("event.detail.boxes") String json) {
            super(source, fromClient);
            this.boxes = parse(json, source.width, source.height);
        }

        List<RedactionBox> boxes() {
            return boxes;
        }
    }

    static String toJson(List<RedactionBox> boxes) {
        var array = JSON.createArrayNode();
        boxes.forEach(b -> array.addObject()
                .put("x", b.x())
                .put("y", b.y())
                .put("width", b.width())
                .put("height", b.height()));
        return array.toString();
    }

    static List<RedactionBox> parse(String json, int width, int height) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of();
        }
        List<RedactionBox> out = new ArrayList<>();
        for (JsonNode box : array) {
            int x = box.path("x").asInt(-1);
            int y = box.path("y").asInt(-1);
            int w = box.path("width").asInt(0);
            int h = box.path("height").asInt(0);
            if (x >= 0 && y >= 0 && w > 0 && h > 0 && x < width && y < height) {
                out.add(new RedactionBox(x, y, Math.min(w, width - x), Math.min(h, height - y)));
            }
        }
        return List.copyOf(out);
    }
}
