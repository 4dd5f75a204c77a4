package com.medvisionlab.base.ui;

import com.medvisionlab.base.SupportedLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** Lets anyone pick English or Simplified Chinese; the page reloads in the chosen language. */
public class LanguageSwitcher extends Select<SupportedLanguage> {

    public LanguageSwitcher(LanguageChoice languages) {
        setId("language-switcher");
        setAriaLabel(getTranslation("language.label"));
        setItems(SupportedLanguage.values());
        setItemLabelGenerator(language -> getTranslation("language." + language.name()));
        setValue(SupportedLanguage.closestTo(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                languages.choose(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
