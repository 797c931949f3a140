@NullMarked
package org.gongkai.requests.web;

import org.jspecify.annotations.NullMarked;
