/**
 * 公开网站: each town's public website and the city's list of towns. Citizens browse and
 * search what the town has published, read each item with its metadata and attachments,
 * and find out how to request information; crawlers get feeds and sitemaps. Reads only
 * through the disclosure and tenancy APIs; rendered pages are kept in Redis and dropped
 * the moment a catalogue event says the town's content changed.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = { "tenancy :: api", "disclosure :: api" })
@NullMarked
package org.gongkai.portal;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
