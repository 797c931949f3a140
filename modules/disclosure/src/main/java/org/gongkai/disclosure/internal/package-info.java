@NullMarked
package org.gongkai.disclosure.internal;

import org.jspecify.annotations.NullMarked;
