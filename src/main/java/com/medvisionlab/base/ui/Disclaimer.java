package com.medvisionlab.base.ui;

import com.vaadin.flow.component.html.Footer;

/** "For education and research only. Not for clinical use." — on every page, including sign-in. */
public class Disclaimer extends Footer {

    public Disclaimer() {
        addClassName("disclaimer");
        setId("disclaimer");
        setText(getTranslation("disclaimer"));
    }
}
