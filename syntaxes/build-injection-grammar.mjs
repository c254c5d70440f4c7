// Builds postmortem.injection.tmLanguage.json from readable parts: run `node syntaxes/build-injection-grammar.mjs`
// after editing this file (a unit test fails when the JSON and this file disagree).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[ ]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?`;
const CLOCK_RANGE = CLOCK + String.raw`(?:[ ]?(?:[-\x{2013}\x{2014}]|to)[ ]?(?:` + CLOCK + String.raw`|\?\?))?`;
const ZONE = String.raw`(?:[ ]?(?:Z|UTC(?:[+-]\d{1,2}(?::?\d{2})?)?|GMT(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{1,4}T|[+-]\d{2}:?\d{2}|\((?:UTC|GMT|[A-Z]{1,4}T)\))(?![A-Za-z]))?`;
const DATE = String.raw`(?:\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|` + MONTH + String.raw`[ ]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\d{4})?|\d{1,2}(?:st|nd|rd|th)?\.?[ ](?:of[ ])?` + MONTH + String.raw`(?:,?[ ]\d{4})?)`;
const DATE_TIME_GAP = String.raw`(?:T|/|,?[ ]{1,3}(?:[-\x{2013}][ ]|at[ ]|@[ ])?~?)`;
const TIMESTAMP = String.raw`(?:~[ ]?)?(?:` + DATE + '(?:' + DATE_TIME_GAP + CLOCK_RANGE + ')?|' + CLOCK_RANGE + ')' + ZONE;
// Where a line's content starts. Injections are tried at every position of every Markdown line, so each
// branch fails fast: the line start; right after a list marker (\G is where the host's list rule stopped, so
// the lookbehind runs only there); right after a table pipe (a cell is retokenised from its first
// character); after a heading's hashes.
const LIST_MARKER = String.raw`(?<=^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}|^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}\[[ xX]\][ \t]{1,4})`;
const LEAD = String.raw`(?:^[ \t]{0,3}|\G` + LIST_MARKER + String.raw`|(?<=\|)|(?<=\| )|(?<=\|  )|(?<=# ))`;
// What a timeline line's content can start with: checked first, so Oniguruma skips other positions quickly.
const FIRST = String.raw`(?=[\d~*_JFMASOND])`;
const NOT_MARKER = String.raw`(?![-*+][ \t]|\d{1,9}[.)][ \t]|\||#{1,6}[ \t]|>)`;
const EMPHASIS = String.raw`(?:\*\*|__|\*|_)`;
const LABEL = String.raw`(?:[Ii]mpact [Ss]tart(?:ed|s)?|[Dd]etected|[Dd]etection|[Aa]cknowledged|[Mm]itigated|[Mm]itigation|[Rr]esolved|[Rr]esolution|[Aa]lert(?:ed)?|[Rr]ecovered)`;
const OWNER = String.raw`(?<![\w@/.])@[A-Za-z0-9](?:[\w.-]{0,38}[A-Za-z0-9_])?(?:/[A-Za-z0-9][\w.-]{0,38})?`;
const ISSUE = String.raw`(?<![\w/#-])(?:[A-Z][A-Z0-9]{1,9}-\d{1,7}|#\d{1,7})(?![\w-])`;
const DUE_DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|` + MONTH + String.raw`[ ]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ ]` + MONTH + String.raw`(?:,?[ ]\d{4})?)`;

export const grammar = {
	$comment:
		"Postmortem highlighting injected into Markdown: timestamps and lifecycle labels on lines that start with a time (after a list marker, table pipe or heading hashes), and owners, due dates and issue keys on those lines and on lines with owner:/due: fields, so a README's @mentions stay plain. Standard scope names, so every theme colours them. Built by build-injection-grammar.mjs: edit that file, not this one.",
	scopeName: 'text.postmortem.injection',
	injectionSelector:
		'L:text.html.markdown -meta.timeline-entry.postmortem -meta.action-item.postmortem -markup.fenced_code.block.markdown -markup.raw.block.markdown -markup.inline.raw.string.markdown -meta.embedded -comment',
	patterns: [{ include: '#timeline-line' }, { include: '#field-line' }],
	repository: {
		'timeline-line': {
			name: 'meta.timeline-entry.postmortem',
			begin: FIRST + LEAD + NOT_MARKER + '(?=' + EMPHASIS + '?' + TIMESTAMP + EMPHASIS + String.raw`?(?![\w:/]))`,
			end: '$',
			patterns: [{ include: '#entry-start' }, { include: '#owner' }, { include: '#issue-key' }, { include: 'text.html.markdown#inline' }],
		},
		'entry-start': {
			match: String.raw`\G(` + EMPHASIS + '?)(' + TIMESTAMP + ')(' + EMPHASIS + String.raw`?)(?:([ \t]{0,3}[-:\x{2013}\x{2014}|]?[ \t]{0,3})((\*\*|__)` + LABEL + String.raw`:?\6:?))?`,
			captures: {
				1: { name: 'punctuation.definition.bold.markdown' },
				2: { name: 'constant.numeric.timestamp.postmortem' },
				3: { name: 'punctuation.definition.bold.markdown' },
				5: { name: 'markup.bold.lifecycle.postmortem' },
			},
		},
		'field-line': {
			name: 'meta.action-item.postmortem',
			begin: LEAD + NOT_MARKER + String.raw`(?=[^\r\n]{0,400}?\b(?i:owner|due)[ \t]?:)`,
			end: '$',
			patterns: [{ include: '#owner-field' }, { include: '#due-field' }, { include: '#owner' }, { include: '#issue-key' }, { include: 'text.html.markdown#inline' }],
		},
		'owner-field': {
			match: String.raw`\b((?i:owner))([ \t]?:)[ \t]{0,3}(?:(` + OWNER + String.raw`)|([A-Za-z][\w.-]{0,40}(?:[ ][A-Z][\w.-]{0,40}){0,3}))`,
			captures: {
				1: { name: 'keyword.other.field.owner.postmortem' },
				2: { name: 'punctuation.separator.key-value.postmortem' },
				3: { name: 'variable.other.owner.postmortem' },
				4: { name: 'variable.other.owner.postmortem' },
			},
		},
		'due-field': {
			match: String.raw`\b((?i:due))([ \t]?:)[ \t]{0,3}(` + DUE_DATE + ')',
			captures: {
				1: { name: 'keyword.other.field.due.postmortem' },
				2: { name: 'punctuation.separator.key-value.postmortem' },
				3: { name: 'constant.numeric.date.due.postmortem' },
			},
		},
		owner: { match: OWNER, name: 'variable.other.owner.postmortem' },
		'issue-key': { match: ISSUE, name: 'constant.other.issue-key.postmortem' },
	},
};

export const grammarJson = JSON.stringify(grammar, null, '\t') + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(new URL('./postmortem.injection.tmLanguage.json', import.meta.url), grammarJson);
}
