@NullMarked
package org.gongkai.reporting.web;

import org.jspecify.annotations.NullMarked;
