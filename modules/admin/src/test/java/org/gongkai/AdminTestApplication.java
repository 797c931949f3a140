package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots admin with identity, tenancy and the devstack servers, for this module's tests.
 */
@SpringBootApplication
public class AdminTestApplication {

}
