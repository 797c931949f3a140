@NullMarked
package org.gongkai.disclosure.web;

import org.jspecify.annotations.NullMarked;
