package com.medvisionlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.ViewTest;
import com.medvisionlab.base.SupportedLanguage;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class HomeViewTest extends ViewTest {

    @Test
    void the_home_page_speaks_the_visitors_language() {
        var view = show(SupportedLanguage.SIMPLIFIED_CHINESE, HomeView::new);

        assertThat(test(find(H2.class, view).single()).getText()).isEqualTo("放射影像教学平台");
        assertThat(view.getPageTitle()).isEqualTo("MedVision Lab 医学影像教学平台");
    }

    @Test
    void the_disclaimer_says_education_and_research_only() {
        var footer = show(SupportedLanguage.ENGLISH, Disclaimer::new);

        assertThat(footer.getText()).isEqualTo("For education and research only. Not for clinical use.");
    }
}
