/** The catalogue as other modules and the web layer see it. */
@NamedInterface("api")
@NullMarked
package org.gongkai.disclosure.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
