package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots identity with tenancy and the devstack servers, for this module's tests. */
@SpringBootApplication
public class IdentityTestApplication {

}
