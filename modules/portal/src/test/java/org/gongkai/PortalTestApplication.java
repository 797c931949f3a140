package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the portal with disclosure, tenancy, identity's security and the devstack
 * servers, for this module's tests.
 */
@SpringBootApplication
public class PortalTestApplication {

}
