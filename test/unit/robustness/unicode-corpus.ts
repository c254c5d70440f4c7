/**
 * Text that breaks position arithmetic: characters longer than one UTF-16 unit, sequences that are one
 * glyph but many units, invisible and control characters, and characters some line models (JavaScript's
 * `m` flag, Unicode) treat as line ends while LSP does not. Written as escapes so the file itself stays
 * plain ASCII and nothing is normalised by an editor.
 */

export interface Fragment {
	readonly name: string;
	readonly text: string;
}

function fragment(name: string, text: string): Fragment {
	return { name, text };
}

export const unicodeFragments: readonly Fragment[] = [
	fragment('emoji', '\u{1F60B}'),
	fragment('emoji + skin tone', '\u{1F44D}\u{1F3FD}'),
	fragment('ZWJ family', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'),
	fragment('ZWJ profession', '\u{1F469}\u200D\u{1F692}'),
	fragment('flag DE', '\u{1F1E9}\u{1F1EA}'),
	fragment('flag + flag', '\u{1F1FA}\u{1F1F8}\u{1F1EF}\u{1F1F5}'),
	fragment('heart + VS16', '\u2764\uFE0F'),
	fragment('keycap', '1\uFE0F\u20E3'),
	fragment('combining acute', 'e\u0301'),
	fragment('stacked combining', 'a\u0300\u0301\u0302\u0303'),
	fragment('combining on emoji', '\u{1F525}\u0301'),
	fragment('CJK', '\u969C\u5BB3\u5BFE\u5FDC'),
	fragment('CJK ext B (astral)', '\u{20BB7}\u{20BB8}'),
	fragment('Hangul', '\uC7A5\uC560'),
	fragment('Arabic (RTL)', '\u0627\u0646\u0642\u0637\u0627\u0639'),
	fragment('Hebrew (RTL)', '\u05EA\u05E7\u05DC\u05D4'),
	fragment('RLO override', '\u202Eevil\u202C'),
	fragment('LRM/RLM', '\u200E\u200F'),
	fragment('BOM / ZWNBSP', '\uFEFF'),
	fragment('NUL', '\u0000'),
	fragment('tab', '\t'),
	fragment('lone high surrogate', '\uD83D'),
	fragment('lone low surrogate', '\uDE00'),
	fragment('reversed surrogates', '\uDE00\uD83D'),
	fragment('LINE SEPARATOR', '\u2028'),
	fragment('PARAGRAPH SEPARATOR', '\u2029'),
	fragment('NEL', '\u0085'),
	fragment('vertical tab', '\u000B'),
	fragment('form feed', '\u000C'),
	fragment('zero-width space', '\u200B'),
	fragment('no-break space', '\u00A0'),
	fragment('fullwidth time', '\uFF11\uFF14\uFF1A\uFF10\uFF10'),
	fragment('Devanagari conjunct', '\u0915\u094D\u0937'),
	fragment('math bold (astral letters)', '\u{1D400}\u{1D401}\u{1D402}'),
	fragment('replacement char', '\uFFFD'),
	fragment('curly quotes', '\u201CDave\u201D'),
];

/** Words of realistic postmortem text in scripts other than Latin, for whole words rather than sprinkles. */
export const foreignWords: readonly string[] = [
	'\u969C\u5BB3',
	'\u30C7\u30D7\u30ED\u30A4',
	'\u0627\u0644\u062E\u0627\u062F\u0645',
	'\u05E9\u05E8\u05EA',
	'M\u00FCller',
	'Ren\u00E9e',
	'\u0160koda',
	'Zo\u00EB',
];
