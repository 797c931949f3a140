@NullMarked
package org.gongkai.calendar.internal;

import org.jspecify.annotations.NullMarked;
