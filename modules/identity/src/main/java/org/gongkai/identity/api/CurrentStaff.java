package org.gongkai.identity.api;

import java.util.Optional;

/** The member of staff behind the current request, if one is signed in. */
public interface CurrentStaff {

	Optional<StaffMember> current();

}
