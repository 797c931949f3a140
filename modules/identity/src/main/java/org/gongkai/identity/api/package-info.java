/** The caller as the rest of the platform sees it: user name, roles, towns. */
@NamedInterface("api")
@NullMarked
package org.gongkai.identity.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
