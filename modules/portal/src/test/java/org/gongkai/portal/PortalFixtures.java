package org.gongkai.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.portal.internal.ForgetPortalKeys;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownKind;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The towns these tests read, provisioning without Keycloak, and items put through the
 * real workflow (draft, submit, review, publish).
 */
public final class PortalFixtures {

	/** Active; most tests read it. */
	public static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000",
			"11652301752301009G");

	/** Suspended by the town-state tests. */
	public static final NewTown LIUGONG = new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000",
			"116523017523017463");

	/** A street, archived by the town-state tests. */
	public static final NewTown NINGBIANLU = new NewTown("ningbianlu", "宁边路街道", TownKind.STREET, "652301001000",
			"11652301752304330E");

	/** Archived by the application tests: no online applications, lookups still work. */
	public static final NewTown SANGONG = new NewTown("sangong", "三工镇", TownKind.TOWNSHIP, "652301103000",
			"113708280043326001");

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
		.getBytes(StandardCharsets.US_ASCII);

	private final Tenants tenants;

	private final CatalogueService catalogue;

	private final CategoryService categories;

	public PortalFixtures(Tenants tenants, CatalogueService catalogue, CategoryService categories) {
		this.tenants = tenants;
		this.catalogue = catalogue;
		this.categories = categories;
	}

	/** The id of the town's category with that code ({@code 02}, {@code 0201}). */
	public UUID category(String town, String code) {
		return tenants.callAs(town, () -> {
			List<Category> pending = new ArrayList<>(categories.tree());
			while (!pending.isEmpty()) {
				Category category = pending.remove(0);
				if (category.code().equals(code)) {
					return category.id();
				}
				pending.addAll(category.children());
			}
			throw new IllegalArgumentException("No category " + code);
		});
	}

	public CatalogueItem publish(String town, String title, String categoryCode, String body,
			NewAttachment... attachments) {
		return publish(town, draft(town, title, categoryCode, body, LocalDate.now()), attachments);
	}

	public CatalogueItem publish(String town, ItemDraft draft, NewAttachment... attachments) {
		return tenants.callAs(town, () -> {
			var item = catalogue.create(draft, List.of(attachments));
			item = catalogue.submit(item.id(), item.version());
			item = catalogue.approve(item.id(), item.version());
			return catalogue.publish(item.id(), item.version());
		});
	}

	public CatalogueItem draftOnly(String town, String title) {
		return tenants.callAs(town, () -> catalogue.create(draft(town, title, "19", "<p>草稿</p>", LocalDate.now())));
	}

	public CatalogueItem withdraw(String town, CatalogueItem item) {
		return tenants.callAs(town, () -> {
			var current = catalogue.get(item.id());
			return catalogue.withdraw(current.id(), current.version(), "内容有误");
		});
	}

	/** A new published text of the item: the title changed. */
	public CatalogueItem retitle(String town, CatalogueItem item, String title) {
		return tenants.callAs(town, () -> {
			var current = catalogue.get(item.id());
			var draft = ItemDraft.of(current);
			return catalogue.update(current.id(), current.version(),
					new ItemDraft(title, draft.publisher(), draft.documentNumber(), draft.formedOn(),
							draft.categoryId(), draft.channels(), draft.audience(), draft.validity(), draft.keywords(),
							draft.summary(), draft.body(), draft.expiresOn()),
					"标题有误");
		});
	}

	public ItemDraft draft(String town, String title, String categoryCode, String body, LocalDate formedOn) {
		return new ItemDraft(title, "昌吉市滨湖镇人民政府", null, formedOn, category(town, categoryCode),
				Set.of(Channel.WEBSITE, Channel.NOTICEBOARD), null, Validity.IN_FORCE, "", "", body, null);
	}

	/**
	 * Provisioning without Keycloak (the realm is exercised by the app's end-to-end
	 * tests), and a clean Redis after the context: this run's keys go with it, as its
	 * database does.
	 */
	@TestConfiguration
	@Import(ForgetPortalKeys.class)
	public static class NoIdentityProvider {

		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

	}

}
