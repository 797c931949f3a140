package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots requests with tenancy, identity's security and the devstack servers, for this
 * module's tests.
 */
@SpringBootApplication
public class RequestsTestApplication {

}
