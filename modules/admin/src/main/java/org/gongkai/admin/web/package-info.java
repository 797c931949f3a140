@NullMarked
package org.gongkai.admin.web;

import org.jspecify.annotations.NullMarked;
