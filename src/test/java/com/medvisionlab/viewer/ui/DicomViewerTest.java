package com.medvisionlab.viewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerAnnotation.Kind;
import com.medvisionlab.viewer.ViewerAnnotation.Measurement;
import com.medvisionlab.viewer.ViewerAnnotation.Point;
import com.medvisionlab.viewer.ViewerSeries;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Java side of the viewer: annotations as JSON both ways, what the browser sends checked, events, labels. */
class DicomViewerTest extends ViewTest {

    static final String SOP = "1.2.826.0.1.3680043.8.498.1";
    static final ObjectMapper JSON = new ObjectMapper();

    static final ViewerAnnotation LENGTH = new ViewerAnnotation(
            "a1",
            Kind.LENGTH,
            SOP,
            1,
            List.of(new Point(10.25, 20.5), new Point(110.75, 20.5)),
            null,
            new Measurement(70.35, "mm", null, null));
    static final ViewerAnnotation ROI = new ViewerAnnotation(
            "a2",
            Kind.ELLIPSE_ROI,
            SOP,
            3,
            List.of(new Point(100, 100), new Point(140.5, 130)),
            null,
            new Measurement(41.2, "HU", 6.1, 412.5));
    static final ViewerAnnotation ARROW =
            new ViewerAnnotation("a3", Kind.ARROW, SOP, 1, List.of(new Point(5, 5), new Point(50, 60)), "nodule", null);

    @Test
    void annotations_come_back_from_json_exactly_as_they_were_sent() {
        var sent = List.of(LENGTH, ROI, ARROW);

        assertThat(AnnotationJson.parse(AnnotationJson.toJson(sent))).isEqualTo(sent);
    }

    @Test
    void malformed_annotations_from_the_browser_are_dropped_and_the_good_ones_kept() {
        var array = JSON.createArrayNode();
        array.add(node(LENGTH));
        array.add(node(LENGTH).put("kind", "SCRIBBLE"));
        array.add(node(ROI).put("id", "a5").put("frame", 0));
        array.add(node(ROI).put("id", "a6").put("sopInstanceUid", "1.2.x'); drop"));
        array.add(node(ROI).put("id", "bad id with spaces"));
        var tooFew = node(ARROW).put("id", "a7");
        tooFew.putArray("points").addObject().put("x", 1).put("y", 2);
        array.add(tooFew);
        var outside = node(LENGTH).put("id", "a8");
        outside.putArray("points").addObject().put("x", 1e9).put("y", 2);
        ((tools.jackson.databind.node.ArrayNode) outside.get("points"))
                .addObject()
                .put("x", 3)
                .put("y", 4);
        array.add(outside);
        var notNumbers = node(LENGTH).put("id", "a9");
        notNumbers.putArray("points").addObject().put("x", "1").put("y", 2);
        ((tools.jackson.databind.node.ArrayNode) notNumbers.get("points"))
                .addObject()
                .put("x", 3)
                .put("y", 4);
        array.add(notNumbers);
        array.add(node(LENGTH)); // the same id twice: the first counts
        array.add("not an object");

        assertThat(AnnotationJson.parse(array.toString())).containsExactly(LENGTH);
        assertThat(AnnotationJson.parse("{\"id\":\"a1\"}")).isEmpty();
        assertThat(AnnotationJson.parse("[{")).isEmpty();
        assertThat(AnnotationJson.parse(null)).isEmpty();
    }

    @Test
    void texts_lose_control_characters_and_are_cut_and_a_bad_measurement_is_dropped_alone() {
        var long_ = "x".repeat(AnnotationJson.MAX_TEXT + 50);
        var text = node(ARROW).put("text", "nod\u0000ule\n" + long_);
        text.putObject("measurement").put("value", "NaN").put("unit", "mm");

        var parsed = AnnotationJson.parse(JSON.createArrayNode().add(text).toString());

        assertThat(parsed).hasSize(1);
        assertThat(parsed.getFirst().text()).startsWith("nod ule x").hasSize(AnnotationJson.MAX_TEXT);
        assertThat(parsed.getFirst().measurement()).isNull();
    }

    @Test
    void at_most_500_annotations_are_taken() {
        var many = new ArrayList<ViewerAnnotation>();
        for (int i = 0; i < 600; i++) {
            many.add(new ViewerAnnotation("t" + i, Kind.TEXT, SOP, 1, List.of(new Point(i, i)), "note " + i, null));
        }

        assertThat(AnnotationJson.parse(AnnotationJson.toJson(many))).hasSize(AnnotationJson.MAX_ANNOTATIONS);
    }

    @Test
    void the_users_drawing_arrives_checked_and_is_announced() {
        var viewer = show(SupportedLanguage.ENGLISH, DicomViewer::new);
        var announced = new ArrayList<List<ViewerAnnotation>>();
        viewer.addAnnotationsChangedListener(e -> announced.add(e.annotations()));
        var array = JSON.createArrayNode().add(node(ROI)).add(node(LENGTH).put("kind", "SCRIBBLE"));

        browserSends(
                viewer,
                "annotations-changed",
                JSON.createObjectNode().put("event.detail.annotations", array.toString()));

        assertThat(viewer.getAnnotations()).containsExactly(ROI);
        assertThat(announced).containsExactly(List.of(ROI));
    }

    @Test
    void the_shown_image_is_announced_and_a_bad_one_is_not() {
        var viewer = show(SupportedLanguage.ENGLISH, DicomViewer::new);
        var shown = new ArrayList<String>();
        viewer.addImageShownListener(e -> shown.add(e.sopInstanceUid() + "#" + e.frame()));

        browserSends(
                viewer,
                "image-shown",
                JSON.createObjectNode().put("event.detail.sopInstanceUid", SOP).put("event.detail.frame", 2));
        browserSends(
                viewer,
                "image-shown",
                JSON.createObjectNode()
                        .put("event.detail.sopInstanceUid", "<script>")
                        .put("event.detail.frame", 1));

        assertThat(shown).containsExactly(SOP + "#2");
    }

    @Test
    void the_browser_sends_the_shown_image_only_while_a_java_listener_wants_it() {
        var viewer = show(SupportedLanguage.ENGLISH, DicomViewer::new);
        assertThat(browserListensFor(viewer, "image-shown"))
                .as("nobody listens")
                .isEmpty();
        assertThat(browserListensFor(viewer, "annotations-changed")).isNotEmpty();

        var first = viewer.addImageShownListener(e -> {});
        var second = viewer.addImageShownListener(e -> {});
        assertThat(browserListensFor(viewer, "image-shown"))
                .containsExactlyInAnyOrder("event.detail.sopInstanceUid", "event.detail.frame");

        first.remove();
        assertThat(browserListensFor(viewer, "image-shown"))
                .as("one listener left")
                .isNotEmpty();
        second.remove();
        second.remove();
        assertThat(browserListensFor(viewer, "image-shown"))
                .as("the last one gone")
                .isEmpty();

        var shown = new ArrayList<String>();
        viewer.addImageShownListener(e -> shown.add(e.sopInstanceUid()));
        browserSends(
                viewer,
                "image-shown",
                JSON.createObjectNode().put("event.detail.sopInstanceUid", SOP).put("event.detail.frame", 1));
        assertThat(shown).as("a listener added again is served").containsExactly(SOP);
    }

    @Test
    void series_annotations_and_labels_reach_the_browser_in_the_users_language() {
        var viewer = show(SupportedLanguage.SIMPLIFIED_CHINESE, DicomViewer::new);
        viewer.setSeries(List.of(new ViewerSeries("1.2.3", "1.2.3.4")));
        viewer.setAnnotations(List.of(LENGTH));
        viewer.setFixedAnnotations(List.of(ARROW));
        viewer.setEditable(true);

        assertThat(viewer.getElement().getProperty("series"))
                .isEqualTo("[{\"study\":\"1.2.3\",\"series\":\"1.2.3.4\"}]");
        assertThat(AnnotationJson.parse(viewer.getElement().getProperty("annotations")))
                .containsExactly(LENGTH);
        assertThat(AnnotationJson.parse(viewer.getElement().getProperty("fixedAnnotations")))
                .containsExactly(ARROW);
        assertThat(viewer.getAnnotations()).containsExactly(LENGTH);
        assertThat(viewer.getElement().getProperty("editable", false)).isTrue();
        var labels = JSON.readTree(viewer.getElement().getProperty("i18n"));
        assertThat(labels.properties()).hasSize(ViewerLabels.KEYS.size());
        assertThat(labels.path("tool-Length").asString()).isEqualTo("测量长度");
        assertThat(labels.path("image").asString()).isEqualTo("图像 {0}/{1}");
    }

    private static ObjectNode node(ViewerAnnotation a) {
        return (ObjectNode) JSON.readTree(AnnotationJson.toJson(List.of(a))).get(0);
    }

    /** The event data the browser is told to send with this event; empty when it is told nothing about it. */
    private static java.util.Set<String> browserListensFor(DicomViewer viewer, String type) {
        return viewer.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .getExpressions(type);
    }

    private static void browserSends(DicomViewer viewer, String type, ObjectNode data) {
        viewer.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(viewer.getElement(), type, data));
    }
}
