@NullMarked
package org.gongkai.calendar.web;

import org.jspecify.annotations.NullMarked;
