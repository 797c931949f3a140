/** The annual report as other modules (the portal, the city) and the API see it. */
@NamedInterface("api")
@NullMarked
package org.gongkai.reporting.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
