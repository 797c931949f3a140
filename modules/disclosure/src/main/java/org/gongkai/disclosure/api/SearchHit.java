package org.gongkai.disclosure.api;

/**
 * A public item found by a search.
 *
 * @param titleHtml the title, HTML-escaped, with the words found in {@code <mark>}
 * @param snippetHtml the passage of the summary or body where they occur, marked the same
 * way
 */
public record SearchHit(CatalogueItem item, String titleHtml, String snippetHtml) {
}
