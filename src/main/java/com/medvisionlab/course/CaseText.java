package com.medvisionlab.course;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Case text (Markdown) to HTML that is safe to put into a page. Two layers, so one mistake is not enough: CommonMark
 * escapes raw HTML and drops unsafe link targets while rendering, then jsoup keeps only an allow-list of elements
 * and attributes (no script, style, iframe, image, no event handler, links only to http, https and mailto).
 */
public final class CaseText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel", "target")
            .preserveRelativeLinks(false);

    private CaseText() {}

    /** The Markdown rendered and sanitised; blank input gives an empty string. */
    public static String toSafeHtml(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        String rendered = RENDERER.render(document);
        Document dirty = Jsoup.parseBodyFragment(rendered);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // links leave the portal in a new tab and pass nothing back to it
        clean.select("a[href]")
                .forEach(a -> a.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank"));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
