package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots tenancy on its own, with the devstack servers, for this module's tests. */
@SpringBootApplication
public class TenancyTestApplication {

}
