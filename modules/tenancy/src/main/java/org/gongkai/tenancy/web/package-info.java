@NullMarked
package org.gongkai.tenancy.web;

import org.jspecify.annotations.NullMarked;
