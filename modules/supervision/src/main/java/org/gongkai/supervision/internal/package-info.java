@NullMarked
package org.gongkai.supervision.internal;

import org.jspecify.annotations.NullMarked;
