/**
 * Text for the chart: cleaned of what must never reach a picture, measured without a font engine, and
 * wrapped into lines that fit a width. Pure, so the server, the CLI and tests agree on every line break.
 */

/**
 * Characters that are removed from displayed text: C0/C1 controls (XML 1.0 forbids most of them, NUL
 * included, so they would make the SVG ill-formed), bidirectional overrides and isolates (they let text
 * display in a different order than it is stored), and non-characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const invisible = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const whitespaceRun = /\s+/g;
/** Bold and code markers; the chart shows words, not markup. (`__` stays: it is common in identifiers.) */
const markdownMarkers = /\*\*|`/g;

/** Text safe to display: no controls, no lone surrogates, single spaces, at most `maxLength` code units. */
export function displayText(raw: string, maxLength: number): string {
	const cleaned = raw
		.slice(0, maxLength * 4)
		.replace(invisible, '')
		.replace(loneSurrogate, '\uFFFD')
		.replace(markdownMarkers, '')
		.replace(whitespaceRun, ' ')
		.trim();
	return clip(cleaned, maxLength);
}

/** At most `maxLength` code units, ending with an ellipsis when cut, never splitting a surrogate pair. */
export function clip(text: string, maxLength: number): string {
	if (text.length <= maxLength) {
		return text;
	}
	let end = Math.max(0, maxLength - 1);
	if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) {
		end--;
	}
	return text.slice(0, end).trimEnd() + '…';
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Estimated advance of one character in ems for a proportional sans-serif font. Deliberately generous,
 * so wrapped text fits in every common UI font.
 */
function charWidth(code: number): number {
	if (code === 32) {
		return 0.3;
	}
	if (code >= 0x1100 && isWide(code)) {
		return 1;
	}
	if (code < 128) {
		const char = String.fromCharCode(code);
		if ('iljtfI.,:;!|\'"()[]'.includes(char)) {
			return 0.34;
		}
		if ('mwMW@%'.includes(char)) {
			return 0.9;
		}
		return code >= 65 && code <= 90 ? 0.7 : 0.58;
	}
	// Latin letters with accents are about as wide as ASCII; other scripts and symbols often come from
	// a fallback font, so they are counted wider.
	return code < 0x0250 ? 0.62 : 0.78;
}

/** East Asian wide and full-width ranges, arrows, box drawing, shapes, symbols and emoji: about one em wide. */
function isWide(code: number): boolean {
	return (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2190 && code <= 0x21ff) ||
		(code >= 0x2500 && code <= 0x27bf) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		code >= 0x1f000
	);
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		ems += charWidth(char.codePointAt(0) ?? 32);
	}
	return ems * fontSize;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `width` at `fontSize`. Words longer than a
 * line (URLs, hashes, hostile input) are broken; the last line ends with an ellipsis when text is left.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
	const lines: string[] = [];
	const space = textWidth(' ', fontSize);
	let current = '';
	let currentWidth = 0;
	for (const word of text.split(' ')) {
		if (word === '') {
			continue;
		}
		const wordWidth = textWidth(word, fontSize);
		const candidateWidth = current === '' ? wordWidth : currentWidth + space + wordWidth;
		if (candidateWidth <= width) {
			current = current === '' ? word : `${current} ${word}`;
			currentWidth = candidateWidth;
			continue;
		}
		if (current !== '') {
			lines.push(current);
		}
		const pieces = wordWidth <= width ? [word] : breakWord(word, width, fontSize);
		lines.push(...pieces.slice(0, -1));
		current = pieces[pieces.length - 1];
		currentWidth = textWidth(current, fontSize);
		if (lines.length >= maxLines) {
			// Text is left over (at least `current`): the last kept line says so.
			return ellipsize(lines.slice(0, maxLines), width, fontSize);
		}
	}
	if (current !== '') {
		lines.push(current);
	}
	return lines;
}

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function breakWord(word: string, width: number, fontSize: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let pieceWidth = 0;
	for (const char of word) {
		const charWidth = textWidth(char, fontSize);
		if (piece !== '' && pieceWidth + charWidth > width) {
			pieces.push(piece);
			piece = '';
			pieceWidth = 0;
		}
		piece += char;
		pieceWidth += charWidth;
	}
	pieces.push(piece);
	return pieces;
}

/** Marks the last line as cut, shortening it until the ellipsis fits. */
function ellipsize(lines: string[], width: number, fontSize: number): string[] {
	const last = lines.length - 1;
	let text = lines[last];
	while (text.length > 0 && textWidth(`${text}…`, fontSize) > width) {
		text = Array.from(text).slice(0, -1).join('');
	}
	lines[last] = `${text.trimEnd()}…`;
	return lines;
}
