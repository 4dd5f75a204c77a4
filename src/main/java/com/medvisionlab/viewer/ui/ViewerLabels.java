package com.medvisionlab.viewer.ui;

import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.ObjectMapper;

/**
 * The viewer's labels in the user's language: the component's label keys (its {@code DEFAULT_I18N}) under
 * {@code viewer.} in the messages files, passed to the browser as one JSON object, as Vaadin components take i18n.
 */
final class ViewerLabels {

    /** The keys of {@code DEFAULT_I18N} in {@code dicom-viewer.ts}. */
    static final List<String> KEYS = List.of(
            "viewer",
            "toolbar",
            "series",
            "seriesList",
            "tool-WindowLevel",
            "tool-Pan",
            "tool-Zoom",
            "tool-StackScroll",
            "tool-Length",
            "tool-Angle",
            "tool-RectangleROI",
            "tool-EllipticalROI",
            "tool-ArrowAnnotate",
            "tool-Label",
            "fit",
            "actualSize",
            "rotate",
            "flipHorizontal",
            "flipVertical",
            "invert",
            "reset",
            "play",
            "pause",
            "frameRate",
            "window",
            "windowCustom",
            "presetSoftTissue",
            "presetLung",
            "presetBone",
            "presetBrain",
            "presetLiver",
            "fileWindow",
            "scroll",
            "image",
            "position",
            "windowLevel",
            "zoom",
            "loading",
            "loadFailed",
            "fallback",
            "enterText",
            "shortcuts");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewerLabels() {}

    /**
     * The labels as JSON; {@code translate} is the component's getTranslation. Placeholders ({0}) stay for the
     * browser to fill, so the texts are looked up with their own placeholders as arguments.
     */
    static String json(Function<String, String> translate) {
        var object = JSON.createObjectNode();
        KEYS.forEach(key -> object.put(key, translate.apply("viewer." + key)));
        return object.toString();
    }
}
