// Injected before the webview's own script (page.addInitScript): a stand-in for VS Code's
// acquireVsCodeApi that records what the webview posts, canaries that notice any script a document
// manages to run, and the checks the suite reads back. Runs in Chromium, not in Node.
(() => {
	const posted = [];
	const violations = [];
	let state = window.__initialState;
	window.__pwned = 0;
	window.__posted = posted;
	window.__violations = violations;
	document.addEventListener('securitypolicyviolation', (event) => {
		violations.push(`${event.violatedDirective} ${event.blockedURI}`);
	});
	window.acquireVsCodeApi = () => ({
		postMessage: (message) => posted.push(JSON.parse(JSON.stringify(message))),
		getState: () => state,
		setState: (next) => {
			state = next;
			return next;
		},
	});

	const forbiddenTags = new Set(['script', 'foreignobject', 'use', 'image', 'feimage', 'animate', 'animatemotion', 'animatetransform', 'set', 'a', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'img', 'video', 'audio', 'source']);

	/** Every element under `root` that must not be there, and every attribute outside `allowed`. */
	function walk(root, allowed) {
		const problems = [];
		const elements = [root, ...root.querySelectorAll('*')];
		for (const element of elements) {
			const tag = element.localName.toLowerCase();
			if (forbiddenTags.has(tag)) {
				problems.push(`element <${tag}>`);
			}
			if (element.namespaceURI !== 'http://www.w3.org/2000/svg') {
				problems.push(`element <${tag}> in ${element.namespaceURI}`);
			}
			for (const attribute of element.attributes) {
				const name = attribute.name.toLowerCase();
				if (name.startsWith('on') || name === 'href' || name === 'src' || name === 'style' || name.includes(':') || !allowed.includes(attribute.name)) {
					if (!(name === 'xmlns' && attribute.value === 'http://www.w3.org/2000/svg')) {
						problems.push(`attribute ${attribute.name} on <${tag}>`);
					}
				}
			}
		}
		return problems;
	}

	function checkSvgText(text, allowed) {
		const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
		const error = parsed.getElementsByTagName('parsererror')[0];
		if (error !== undefined) {
			return { wellFormed: false, problems: [error.textContent.slice(0, 300)] };
		}
		return { wellFormed: true, problems: walk(parsed.documentElement, allowed) };
	}

	window.__pm = {
		send: (message) => window.postMessage(message, '*'),
		checkSvgText,
		/** What the page looks like now: the rendered chart checked as XML and as a DOM. */
		report: (allowed) => {
			const app = document.getElementById('app');
			const svg = app === null ? null : app.querySelector('svg');
			const page = {
				scripts: document.scripts.length,
				iframes: document.querySelectorAll('iframe, object, embed, frame').length,
				metas: document.querySelectorAll('meta[http-equiv]').length,
				links: document.querySelectorAll('link').length,
				bases: document.querySelectorAll('base').length,
				handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on'))).length,
			};
			const result = {
				version: app === null ? undefined : app.dataset.version,
				pwned: window.__pwned,
				violations: [...violations],
				page,
				location: window.location.href,
				svg: null,
				holeNames: [],
			};
			if (svg !== null) {
				result.svg = checkSvgText(new XMLSerializer().serializeToString(svg), allowed);
				result.svg.problems.push(...walk(svg, allowed));
				result.holeNames = [...svg.querySelectorAll('[data-hole]')].map((element) => element.getAttribute('aria-label')).filter((name) => name !== null);
			}
			return result;
		},
		posted: () => [...posted],
		clearPosted: () => posted.splice(0),
		state: () => state,
	};
})();
