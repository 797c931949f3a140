package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots supervision with disclosure and requests (whose events it counts), tenancy,
 * identity's security and the devstack servers, for this module's tests.
 */
@SpringBootApplication
public class SupervisionTestApplication {

}
