/**
 * Shared by every module and owning no domain: locale and message bundles, the RFC 9457
 * problem handler for the JSON API, and (later) page chrome. Every module may use it; it
 * uses none.
 */
@NullMarked
package org.gongkai.web;

import org.jspecify.annotations.NullMarked;
