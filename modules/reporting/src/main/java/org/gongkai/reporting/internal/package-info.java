@NullMarked
package org.gongkai.reporting.internal;

import org.jspecify.annotations.NullMarked;
