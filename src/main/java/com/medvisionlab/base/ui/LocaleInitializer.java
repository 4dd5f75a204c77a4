package com.medvisionlab.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Gives every new UI the language {@link LanguageChoice} resolves for its request. */
@SpringComponent
class LocaleInitializer implements VaadinServiceInitListener {

    private final LanguageChoice languages;

    LocaleInitializer(LanguageChoice languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            var request = VaadinRequest.getCurrent();
            if (request == null) {
                return;
            }
            var locale = languages.resolve(request).locale();
            uiInit.getUI().setLocale(locale);
            uiInit.getUI().getSession().setLocale(locale);
        });
    }
}
