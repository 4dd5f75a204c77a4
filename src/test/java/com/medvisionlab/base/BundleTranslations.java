package com.medvisionlab.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's translations without a Spring context, for browserless view tests: the production
 * {@link MessagesI18NProvider} over {@code messages*.properties}, configured as {@code application.properties} does.
 */
public class BundleTranslations implements I18NProvider {

    private final I18NProvider delegate;

    public BundleTranslations() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        delegate = new MessagesI18NProvider(messages);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return delegate.getProvidedLocales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return delegate.getTranslation(key, locale, params);
    }
}
