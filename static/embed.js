/*
 * Delaktighetskarta – embed script for intranet pages. Put this where the tool should appear:
 *
 *   <div data-delaktighetskarta data-lang="sv"></div>
 *   <script src="https://<the tool's address>/embed.js" defer></script>
 *
 * It puts an iframe of the tool's /embed/ page, found beside this script wherever the tool is hosted (…/verktyg/embed.js
 * → …/verktyg/embed/), in each such element, resizes the frame to its content and scrolls it into view when the step
 * changes. It listens only to messages from its own frames, at the tool's origin. Each frame gets a title of its
 * own (data-title, or the tool's name numbered from the second frame on), so a screen reader can tell them apart.
 * Optional data attributes: title, lang, accent (#rrggbb), font, catalog (a catalogue JSON beside the tool) and
 * answers as in a share link (question-type, level, stage, group – several groups separated by spaces – open, scope).
 * No dependencies, no globals, no cookies. Loading the script twice is harmless.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var page = new URL('embed/', script.src);
	var origin = page.origin;
	var OPTIONS = ['lang', 'accent', 'font', 'catalog', 'question-type', 'level', 'stage', 'open', 'scope'];

	function embed(host) {
		if (host.getAttribute('data-delaktighetskarta-ready') !== null) return;
		host.setAttribute('data-delaktighetskarta-ready', '');
		var params = new URLSearchParams();
		OPTIONS.forEach(function (name) {
			var value = host.getAttribute('data-' + name);
			if (value) params.set(name, value);
		});
		(host.getAttribute('data-group') || '').split(/\s+/).forEach(function (group) {
			if (group) params.append('group', group);
		});
		var frame = document.createElement('iframe');
		frame.src = page.href + (params.toString() ? '?' + params.toString() : '');
		frame.title = uniqueTitle(
			host.getAttribute('data-title') ||
				(params.get('lang') === 'en' ? 'Delaktighetskarta – choose a citizen-dialogue method' : 'Delaktighetskarta – välj metod för medborgardialog')
		);
		frame.loading = 'lazy';
		frame.style.cssText = 'display:block;width:100%;border:0;min-height:480px;';
		host.appendChild(frame);

		window.addEventListener('message', function (event) {
			if (event.origin !== origin || event.source !== frame.contentWindow) return;
			var data = event.data;
			if (!data || typeof data !== 'object') return;
			if (data.type === 'delaktighetskarta:resize' && typeof data.height === 'number' && data.height > 0 && data.height < 100000) {
				frame.style.height = Math.ceil(data.height) + 'px';
			} else if (data.type === 'delaktighetskarta:scrollintoview' && frame.getBoundingClientRect().top < 0) {
				frame.scrollIntoView({ block: 'start' });
			}
		});
	}

	/** The title, numbered when another frame on the page already has it: "… (2)", "… (3)". */
	function uniqueTitle(title) {
		var taken = {};
		Array.prototype.forEach.call(document.querySelectorAll('iframe'), function (frame) {
			taken[frame.title] = true;
		});
		if (!taken[title]) return title;
		var number = 2;
		while (taken[title + ' (' + number + ')']) number++;
		return title + ' (' + number + ')';
	}

	function start() {
		Array.prototype.forEach.call(document.querySelectorAll('[data-delaktighetskarta]'), embed);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
