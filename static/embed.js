/*
 * Delaktighetskarta – embed script for intranet pages. Put this where the tool should appear:
 *
 *   <div data-delaktighetskarta data-lang="sv"></div>
 *   <script src="https://<the tool's address>/embed.js" defer></script>
 *
 * It replaces each such element with an iframe of the tool (/embed), resizes the frame to its content and scrolls
 * it into view when the step changes. It listens only to messages from its own frames, at the tool's origin.
 * Optional data attributes: lang, accent (#rrggbb), font, catalog (a catalogue JSON on the tool's origin) and answers
 * as in a share link (question-type, level, stage, group – several groups separated by spaces – open, scope).
 * No dependencies, no globals, no cookies. Loading the script twice is harmless.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src).origin;
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
		frame.src = origin + '/embed' + (params.toString() ? '?' + params.toString() : '');
		frame.title = host.getAttribute('data-title') || (params.get('lang') === 'en' ? 'Delaktighetskarta – choose a citizen-dialogue method' : 'Delaktighetskarta – välj metod för medborgardialog');
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

	function start() {
		Array.prototype.forEach.call(document.querySelectorAll('[data-delaktighetskarta]'), embed);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
