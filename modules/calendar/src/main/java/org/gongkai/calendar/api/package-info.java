/** Working-day arithmetic and the holiday schedules behind it. */
@NamedInterface("api")
@NullMarked
package org.gongkai.calendar.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
