package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots reporting with requests, disclosure, tenancy, identity's security and the
 * devstack servers, for this module's tests.
 */
@SpringBootApplication
public class ReportingTestApplication {

}
