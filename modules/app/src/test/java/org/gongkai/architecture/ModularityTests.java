package org.gongkai.architecture;

import org.gongkai.GongkaiApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules meet only through their {@code api} packages and form no cycle. The module list
 * is asserted too: were the application class moved, Modulith would find no modules and
 * pass.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void findsEveryModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("admin", "app", "calendar", "devstack", "disclosure", "identity", "portal",
					"reporting", "requests", "supervision", "tenancy", "web");
	}

	@Test
	void modulesMeetOnlyThroughTheirApi() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsAndCanvases() {
		new Documenter(modules).writeDocumentation();
	}

}
