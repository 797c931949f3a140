package org.gongkai.requests.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestDocument;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.requests.api.RequestNote;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Internal notes and documents on the staff page, for the request's handlers only: other
 * staff get nothing of them, not even the list.
 */
@Component
class RequestFilesSection implements RequestSection {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final RequestFiles files;

	RequestFilesSection(RequestFiles files) {
		this.files = files;
	}

	@Override
	public String template() {
		return "requests/sections/notes";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void contribute(RequestDetail request, Authentication staff, Model model) {
		boolean handles = RequestAccess.of(staff, TenantContext.require()).handles();
		model.addAttribute("filesVisible", handles);
		if (handles) {
			model.addAttribute("requestNotes", files.notes(request.trackingCode()).stream().map(NoteView::of).toList());
			model.addAttribute("requestDocuments",
					files.documents(request.trackingCode()).stream().map(DocumentView::of).toList());
		}
	}

	private static String time(Instant at) {
		return TIME.format(at);
	}

	record NoteView(String text, String author, String writtenAt) {

		static NoteView of(RequestNote note) {
			return new NoteView(note.text(), note.author(), time(note.writtenAt()));
		}

	}

	/**
	 * @param kilobytes rounded up, so a small file never shows as 0
	 */
	record DocumentView(UUID id, String fileName, @Nullable String description, long kilobytes, String uploadedBy,
			String uploadedAt) {

		static DocumentView of(RequestDocument document) {
			return new DocumentView(document.id(), document.fileName(), document.description(),
					(document.size() + 1023) / 1024, document.uploadedBy(), time(document.uploadedAt()));
		}

	}

}
