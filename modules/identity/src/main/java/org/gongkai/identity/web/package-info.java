@NullMarked
package org.gongkai.identity.web;

import org.jspecify.annotations.NullMarked;
