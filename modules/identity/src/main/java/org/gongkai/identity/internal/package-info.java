@NullMarked
package org.gongkai.identity.internal;

import org.jspecify.annotations.NullMarked;
