package com.medvisionlab;

import com.medvisionlab.base.BundleTranslations;
import com.medvisionlab.base.SupportedLanguage;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * A browserless view test (no browser, no servlet container, no Spring context): views are built directly with
 * their collaborators and put into a mocked UI that speaks the portal's translations.
 */
public abstract class ViewTest extends BrowserlessTest {

    static {
        // Read by Vaadin's default instantiator when it creates the mocked service.
        System.setProperty("vaadin.i18n.provider", BundleTranslations.class.getName());
    }

    /**
     * No routes: the views need Spring beans the default instantiator cannot supply, so tests build them directly
     * (and the start-up navigation to the root finds nothing rather than a view without its services).
     */
    @Override
    protected synchronized Routes discoverRoutes() {
        return new Routes();
    }

    /** Shows {@code view} as a visitor who reads {@code language} would see it. */
    protected <V extends Component> V show(SupportedLanguage language, java.util.function.Supplier<V> view) {
        UI.getCurrent().setLocale(language.locale());
        var shown = view.get();
        UI.getCurrent().add(shown);
        return shown;
    }
}
