package com.medvisionlab.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTextTest {

    /** What case text may contain at most: formatting, lists, tables and links. */
    private static final Set<String> SAFE_TAGS = Set.of(
            "p",
            "br",
            "b",
            "strong",
            "i",
            "em",
            "u",
            "s",
            "strike",
            "sub",
            "sup",
            "small",
            "q",
            "cite",
            "code",
            "pre",
            "blockquote",
            "dl",
            "dt",
            "dd",
            "ul",
            "ol",
            "li",
            "span",
            "a",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td");

    @Test
    void markdown_becomes_html() {
        var html = CaseText.toSafeHtml("# History\n\n**Sudden** dyspnoea, *left* side.\n\n- one\n- two\n");

        assertThat(html)
                .contains("<h1>History</h1>")
                .contains("<strong>Sudden</strong>")
                .contains("<em>left</em>")
                .contains("<li>one</li>");
    }

    @Test
    void web_links_survive_and_leave_in_a_new_tab() {
        var html = CaseText.toSafeHtml("[Radiopaedia](https://radiopaedia.org/articles/pneumothorax)");

        assertThat(html)
                .contains("href=\"https://radiopaedia.org/articles/pneumothorax\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .contains(">Radiopaedia</a>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<svg><script>alert(1)</script></svg>",
                "<style>body{display:none}</style>",
                "![x](https://evil.example/track.png)",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "`<script>` in code is text: <scr<script>ipt>alert(1)</script>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<form action=\"https://evil.example\"><input name=q></form>"
            })
    void nothing_executable_survives(String markdown) {
        var body = Jsoup.parseBodyFragment(CaseText.toSafeHtml(markdown)).body();

        for (var element :
                body.getAllElements().subList(1, body.getAllElements().size())) {
            assertThat(SAFE_TAGS).as("element in %s", markdown).contains(element.normalName());
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute in %s", markdown).isIn("href", "rel", "target");
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).as("link in %s", markdown).matches("(?i)(https?|mailto):.*");
            }
        }
    }

    @Test
    void raw_html_is_shown_as_text_not_passed_through() {
        var html = CaseText.toSafeHtml("Before <b onclick=\"x()\">bold</b> after");
        var body = Jsoup.parseBodyFragment(html).body();

        assertThat(body.select("b")).isEmpty();
        assertThat(body.text()).isEqualTo("Before <b onclick=\"x()\">bold</b> after");
    }

    @Test
    void blank_text_renders_empty() {
        assertThat(CaseText.toSafeHtml("  \n ")).isEmpty();
    }
}
