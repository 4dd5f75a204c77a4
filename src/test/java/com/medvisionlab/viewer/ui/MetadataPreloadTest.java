package com.medvisionlab.viewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.ViewTest;
import com.medvisionlab.viewer.ViewerSeries;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The first page of a visit asks the browser early for the series metadata of the viewers its view holds. */
class MetadataPreloadTest extends ViewTest {

    static final ViewerSeries CT = new ViewerSeries("1.2.3", "1.2.3.4");
    static final ViewerSeries DX = new ViewerSeries("1.2.5", "1.2.5.6");

    @Test
    void each_viewer_in_the_view_gets_its_first_series_metadata_preloaded_once() {
        var nested = new DicomViewer();
        nested.setSeries(List.of(CT, DX));
        var same = new DicomViewer();
        same.setSeries(List.of(CT));
        UI.getCurrent().add(new Div(new Div(nested)), same, new DicomViewer());
        var page = Jsoup.parse("<html><head></head><body></body></html>");

        MetadataPreload.addPreloads(UI.getCurrent(), page);

        var links = page.head().select("link[rel=preload]");
        assertThat(links).hasSize(1);
        assertThat(links.first().attr("href")).isEqualTo("dicomweb/studies/1.2.3/series/1.2.3.4/metadata");
        assertThat(links.first().attr("as")).isEqualTo("fetch");
        assertThat(links.first().attr("crossorigin")).isEqualTo("anonymous");
    }

    @Test
    void an_image_the_view_names_gets_its_own_metadata_preloaded_first() {
        var viewer = new DicomViewer();
        viewer.setSeries(List.of(CT));
        viewer.showImage("1.2.3.4.20", 1);
        UI.getCurrent().add(viewer);
        var page = Jsoup.parse("<html><head></head><body></body></html>");

        MetadataPreload.addPreloads(UI.getCurrent(), page);

        assertThat(page.head().select("link[rel=preload]").eachAttr("href"))
                .containsExactly(
                        "dicomweb/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.20/metadata",
                        "dicomweb/studies/1.2.3/series/1.2.3.4/metadata");
    }

    @Test
    void a_view_without_a_viewer_adds_nothing() {
        UI.getCurrent().add(new Div());
        var page = Jsoup.parse("<html><head></head><body></body></html>");

        MetadataPreload.addPreloads(UI.getCurrent(), page);

        assertThat(page.head().select("link")).isEmpty();
    }
}
