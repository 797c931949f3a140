/** The city's figures, as the dashboards (and later the exports) read them. */
@NamedInterface("api")
@NullMarked
package org.gongkai.supervision.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
