@NullMarked
package org.gongkai.supervision.web;

import org.jspecify.annotations.NullMarked;
