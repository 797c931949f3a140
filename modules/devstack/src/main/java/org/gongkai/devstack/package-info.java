/**
 * The servers the platform runs on: PostgreSQL and Redis named by {@code GONGKAI_*}
 * variables, or embedded ones started here when none are named. Hands them to Spring Boot
 * as {@code ConnectionDetails}, so no other module knows where they came from.
 */
@NullMarked
package org.gongkai.devstack;

import org.jspecify.annotations.NullMarked;
