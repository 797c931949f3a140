package org.gongkai.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import fixtures.cycle.CycleApplication;
import fixtures.reach.ReachApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the guard in {@link ModularityTests} can fail: small systems under
 * {@code fixtures} that break each rule are refused with a message naming what broke.
 */
class ModularityViolationTests {

	private static final ImportOption ONLY_FIXTURES = location -> location.contains("/fixtures/");

	@Test
	void refusesAModuleReachingIntoAnotherModulesInternals() {
		var modules = ApplicationModules.of(ReachApplication.class, ONLY_FIXTURES);

		assertThatThrownBy(modules::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("non-exposed type")
			.hasMessageContaining("fixtures.reach.a.internal.Secret");
	}

	@Test
	void refusesModulesThatDependOnEachOther() {
		var modules = ApplicationModules.of(CycleApplication.class, ONLY_FIXTURES);

		assertThatThrownBy(modules::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle");
	}

}
