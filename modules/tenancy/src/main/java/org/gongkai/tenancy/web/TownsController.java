package org.gongkai.tenancy.web;

import java.util.List;

import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The city's towns as the public sees them: no login, nothing internal. */
@RestController
class TownsController {

	private final TownRegistry registry;

	TownsController(TownRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/api/v1/towns")
	List<TownView> towns() {
		return registry.all()
			.stream()
			.filter(town -> town.status() != TownStatus.PROVISIONING && town.status() != TownStatus.FAILED)
			.map(TownView::of)
			.toList();
	}

	/**
	 * Reached only when the interceptor let the town through: it exists and can be
	 * served.
	 */
	@GetMapping("/api/v1/towns/{code}")
	TownView town(@PathVariable String code) {
		return TownView.of(registry.require(code));
	}

	record TownView(String code, String name, TownKind kind, String divisionCode, TownStatus status) {

		static TownView of(Town town) {
			return new TownView(town.code(), town.name(), town.kind(), town.divisionCode(), town.status());
		}

	}

}
