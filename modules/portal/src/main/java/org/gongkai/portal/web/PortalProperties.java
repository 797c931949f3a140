package org.gongkai.portal.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's settings.
 *
 * @param baseUrl the public address of the site ({@code https://gk.changji.gov.cn}), for
 * the absolute links of feeds, sitemaps and robots.txt; without it they use the address
 * the request came by, and a cached feed then keeps the host name of whoever asked first
 */
@ConfigurationProperties("gongkai.portal")
record PortalProperties(@Nullable URI baseUrl) {
}
