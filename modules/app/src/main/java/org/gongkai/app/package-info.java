/**
 * The assembly: configuration, the demo city, and the {@code migrate} command. Depends on
 * every module's api; nothing depends on it.
 */
@ApplicationModule(displayName = "Application")
@NullMarked
package org.gongkai.app;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
