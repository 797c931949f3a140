/** Disclosure requests as other modules (the annual report, the city) see them. */
@NamedInterface("api")
@NullMarked
package org.gongkai.requests.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
