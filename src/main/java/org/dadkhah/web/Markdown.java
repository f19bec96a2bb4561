package org.dadkhah.web;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Markdown the application writes (an estimate's method statement: headings, lists, tables) as HTML for a page,
 * with CommonMark and its table extension. The text holds what users typed (list names, source titles), so any HTML
 * in it is shown as text and links keep only safe schemes.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof TableBlock) {
                    attributes.put("class", "table table-sm w-auto");
                }
            }).build();

    private Markdown() {
    }

    /** The HTML of {@code markdown} (empty for none). */
    static String html(@Nullable String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
