// A few buttons that wrap the selected text of the body in HTML tags. Without script the
// textarea takes HTML as typed; nothing here is needed to save an item.
(function () {
	'use strict';
	var body = document.getElementById('body');
	var toolbar = document.querySelector('.body-toolbar');
	if (!body || !toolbar) {
		return;
	}
	toolbar.hidden = false;
	toolbar.addEventListener('click', function (event) {
		var button = event.target.closest('button');
		if (!button) {
			return;
		}
		var start = body.selectionStart;
		var end = body.selectionEnd;
		var selected = body.value.substring(start, end);
		var html;
		if (button.dataset.list) {
			var items = selected.split(/\r?\n/).filter(function (line) { return line.trim() !== ''; });
			html = '<' + button.dataset.list + '>' + items.map(function (line) {
				return '<li>' + line.trim() + '</li>';
			}).join('') + '</' + button.dataset.list + '>';
		}
		else {
			html = '<' + button.dataset.wrap + '>' + selected + '</' + button.dataset.wrap + '>';
		}
		body.setRangeText(html, start, end, 'end');
		body.focus();
	});
}());
