package com.medvisionlab.redaction.ui;

import com.medvisionlab.redaction.ReviewMessage;
import com.vaadin.flow.component.Component;

/** Message keys to text in the reader's language. */
final class ReviewTexts {

    private ReviewTexts() {}

    /**
     * A quarantine reason: ingest hands over keys without their arguments (the details stay in ingest's report), so
     * placeholders are filled with nothing rather than shown as {0}.
     */
    static String reason(Component view, String key) {
        return view.getTranslation(key, "", "", "").strip();
    }

    static String message(Component view, ReviewMessage message) {
        return view.getTranslation(message.key(), message.arguments().toArray());
    }
}
