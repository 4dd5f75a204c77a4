package com.medvisionlab.viewer.ui;

import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerAnnotation.Kind;
import com.medvisionlab.viewer.ViewerAnnotation.Measurement;
import com.medvisionlab.viewer.ViewerAnnotation.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Annotations as JSON text between the server and {@code <dicom-viewer>}, in image pixels. What the browser sends is
 * checked here before anyone uses it: an annotation with an unknown kind, the wrong number of points, a point outside
 * any possible image (DICOM rows and columns are at most 65535), a malformed UID or id, or non-finite numbers is
 * dropped; texts are cut to a sane length without control characters.
 */
final class AnnotationJson {

    static final int MAX_ANNOTATIONS = 500;
    static final int MAX_TEXT = 500;
    private static final double MAX_COORDINATE = 65_536;
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern UNIT = Pattern.compile("[\\p{L}\\p{N}²/% ]{0,16}");
    private static final Map<Kind, Integer> POINTS = Map.of(
            Kind.LENGTH, 2,
            Kind.ANGLE, 3,
            Kind.RECTANGLE_ROI, 2,
            Kind.ELLIPSE_ROI, 2,
            Kind.ARROW, 2,
            Kind.TEXT, 1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationJson() {}

    static String toJson(List<ViewerAnnotation> annotations) {
        var array = JSON.createArrayNode();
        for (var a : annotations) {
            ObjectNode node = array.addObject()
                    .put("id", a.id())
                    .put("kind", a.kind().name())
                    .put("sopInstanceUid", a.sopInstanceUid())
                    .put("frame", a.frame())
                    .put("text", a.text());
            var points = node.putArray("points");
            a.points().forEach(p -> points.addObject().put("x", p.x()).put("y", p.y()));
            var m = a.measurement();
            if (m == null) {
                node.putNull("measurement");
            } else {
                node.putObject("measurement")
                        .put("value", m.value())
                        .put("unit", m.unit())
                        .put("stdDev", m.stdDev())
                        .put("area", m.area());
            }
        }
        return array.toString();
    }

    /** The well-formed annotations of the JSON text (an array); anything else yields none. */
    static List<ViewerAnnotation> parse(@Nullable String json) {
        if (json == null) {
            return List.of();
        }
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JacksonException e) {
            return List.of();
        }
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<ViewerAnnotation> out = new ArrayList<>();
        for (JsonNode node : array) {
            if (out.size() == MAX_ANNOTATIONS) {
                break;
            }
            var annotation = annotation(node);
            if (annotation != null && out.stream().noneMatch(a -> a.id().equals(annotation.id()))) {
                out.add(annotation);
            }
        }
        return List.copyOf(out);
    }

    private static @Nullable ViewerAnnotation annotation(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        var id = node.path("id").asString("");
        var sop = node.path("sopInstanceUid").asString("");
        var kind = kind(node.path("kind").asString(""));
        int frame = node.path("frame").isIntegralNumber() ? node.path("frame").asInt() : 0;
        if (!ID.matcher(id).matches() || !isUid(sop) || kind == null || frame < 1) {
            return null;
        }
        var points = points(node.path("points"));
        if (points == null || points.size() != POINTS.get(kind)) {
            return null;
        }
        String text = null;
        if (kind == Kind.ARROW || kind == Kind.TEXT) {
            text = clean(node.path("text").asString(""));
        }
        return new ViewerAnnotation(id, kind, sop, frame, points, text, measurement(node.path("measurement")));
    }

    static boolean isUid(String uid) {
        return uid.length() <= 64 && UID.matcher(uid).matches();
    }

    private static @Nullable Kind kind(String name) {
        try {
            return Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable List<Point> points(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode p : array) {
            var x = finite(p.path("x"));
            var y = finite(p.path("y"));
            if (x == null || y == null || Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
                return null;
            }
            points.add(new Point(x, y));
        }
        return points;
    }

    private static @Nullable Measurement measurement(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        var value = finite(node.path("value"));
        var unit = node.path("unit").asString("");
        if (value == null || !UNIT.matcher(unit).matches()) {
            return null;
        }
        return new Measurement(value, unit, finite(node.path("stdDev")), finite(node.path("area")));
    }

    private static @Nullable Double finite(JsonNode n) {
        if (!n.isNumber()) {
            return null;
        }
        double v = n.asDouble();
        return Double.isFinite(v) ? v : null;
    }

    private static String clean(String text) {
        var stripped = text.replaceAll("\\p{Cntrl}", " ").strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
