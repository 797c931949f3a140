package org.gongkai;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots calendar with tenancy's platform schema and the devstack servers, for this
 * module's tests.
 */
@SpringBootApplication
public class CalendarTestApplication {

}
