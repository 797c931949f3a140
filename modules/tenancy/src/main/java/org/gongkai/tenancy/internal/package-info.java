@NullMarked
package org.gongkai.tenancy.internal;

import org.jspecify.annotations.NullMarked;
