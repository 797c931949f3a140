/**
 * The page cache: rendered pages in Redis under a per-town generation, bumped after every
 * committed catalogue change.
 */
@NullMarked
package org.gongkai.portal.internal;

import org.jspecify.annotations.NullMarked;
