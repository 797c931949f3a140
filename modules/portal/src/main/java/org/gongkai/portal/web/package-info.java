/**
 * The portal's pages, feeds and sitemaps; the layout and styles are the portal's own
 * (public audience), not the staff layout.
 */
@NullMarked
package org.gongkai.portal.web;

import org.jspecify.annotations.NullMarked;
