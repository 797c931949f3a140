/**
 * 工作日: the State Council's public holidays and make-up working days per year (schema
 * {@code platform}), and working-day arithmetic for every statutory period of the
 * regulation.
 */
@ApplicationModule(displayName = "Calendar")
@NullMarked
package org.gongkai.calendar;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
