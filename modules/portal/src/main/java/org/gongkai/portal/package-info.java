/**
 * 公开网站: each town's public website and the city's list of towns. Citizens browse and
 * search what the town has published, read each item with its metadata and attachments,
 * find out how to request information, apply online and follow their request; crawlers
 * get feeds and sitemaps; the town's published annual reports are read through the
 * reporting API. Reads only through the disclosure and tenancy APIs and hands
 * applications to the requests API; rendered pages are kept in Redis (never the
 * application and status pages) and dropped the moment a catalogue or report event says
 * the town's content changed.
 */
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "tenancy :: api", "disclosure :: api", "requests :: api", "reporting :: api" })
@NullMarked
package org.gongkai.portal;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
