@NullMarked
package org.gongkai.requests.internal;

import org.jspecify.annotations.NullMarked;
