/** The document model: sections, blocks, sentences, quotes, and positions in awkward text. */
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../server/src/model/parse';
import { computeLineStarts, lineAt } from '../../../server/src/model/text';
import type { PostmortemDocument, Span } from '../../../server/src/model/types';
import { parse } from '../helpers';

function spanText(doc: PostmortemDocument, span: Span): string {
	return doc.text.slice(span.start, span.end);
}

function sentenceTexts(doc: PostmortemDocument): string[] {
	return doc.sentences.map((sentence) => spanText(doc, sentence.span));
}

suite('model: sections', () => {
	test('headings are matched loosely to section kinds', () => {
		const doc = parse([
			'# Incident 42: checkout outage',
			'## 1. Executive summary',
			'## Customer Impact',
			'## Chain of events',
			'## Root causes',
			'### Testing',
			'## What went well',
			'## Follow-ups',
			'## Lessons learnt',
			'## Appendix',
		]);
		assert.deepEqual(
			doc.sections.map((section) => [section.kind, section.effectiveKind]),
			[
				['other', 'other'],
				['summary', 'summary'],
				['impact', 'impact'],
				['timeline', 'timeline'],
				['contributing-factors', 'contributing-factors'],
				['other', 'contributing-factors'],
				['what-went-well', 'what-went-well'],
				['action-items', 'action-items'],
				['lessons-learned', 'lessons-learned'],
				['other', 'other'],
			],
		);
	});

	test('a section spans to the next heading of its level or higher', () => {
		const doc = parse(['## Timeline', 'a', '### Day 1', 'b', '## Impact', 'c']);
		assert.equal(spanText(doc, doc.sections[0].span), '## Timeline\na\n### Day 1\nb\n');
		assert.equal(doc.sections[1].parentIndex, 0);
	});

	test('a bold label alone on a line acts as a heading when it names a section', () => {
		const doc = parse(['# Report', '', '**Action Items:**', '', '- Add a canary.', '', '**Note:** not a section.']);
		assert.deepEqual(doc.sections.map((section) => section.kind), ['other', 'action-items']);
		assert.equal(doc.actionItems.length, 1);
	});

	test('setext headings count', () => {
		const doc = parse(['Timeline', '========', '', '- 10:00 Paged']);
		assert.equal(doc.sections[0].kind, 'timeline');
		assert.equal(doc.timeline.length, 1);
	});
});

suite('model: front matter and metadata', () => {
	test('YAML front matter is read and kept away from markdown-it', () => {
		const doc = parse(['---', 'title: Checkout outage', 'severity: SEV2', 'status: Draft', 'date: 2026-11-18', 'people:', '  Dave: the on-call engineer', 'type: postmortem', '---', '## Summary', 'Text.']);
		assert.equal(doc.frontMatter?.format, 'yaml');
		assert.equal(doc.metadata.title, 'Checkout outage');
		assert.equal(doc.metadata.severity, 'SEV2');
		assert.deepEqual(doc.metadata.date, { year: 2026, month: 11, day: 18 });
		assert.deepEqual(doc.metadata.people, { Dave: 'the on-call engineer' });
		assert.deepEqual(doc.sections.map((section) => section.title), ['Summary']);
	});

	test('TOML front matter with flat keys', () => {
		const doc = parse(['+++', 'title = "Docs.rs outage"', 'lang = "en"', '+++', '# Docs.rs outage']);
		assert.equal(doc.frontMatter?.format, 'toml');
		assert.equal(doc.metadata.title, 'Docs.rs outage');
		assert.equal(doc.metadata.lang, 'en');
	});

	test('broken YAML is reported on the model, never thrown', () => {
		const doc = parse(['---', 'title: [unclosed', '---', '# T']);
		assert.match(doc.frontMatter?.error ?? '', /not valid YAML/);
		assert.deepEqual(doc.frontMatter?.data, {});
	});

	test('bold field lines near the top give metadata', () => {
		const doc = parse(['# Upgrade halt', '', '**Date:** 2022-09-07', '', '**Status:** Complete']);
		assert.deepEqual(doc.metadata.date, { year: 2022, month: 9, day: 7 });
		assert.equal(doc.metadata.status, 'Complete');
	});
});

suite('model: prose, sentences and quotes', () => {
	test('prose masks code, links, HTML and emphasis but keeps offsets', () => {
		const doc = parse('Dave **rolled back** `v1.2` via [the runbook](https://x.example/r) <b>now</b>.');
		const prose = doc.blocks[0].prose;
		assert.equal(prose.length, doc.text.length);
		assert.equal(prose.replace(/ +/g, ' '), 'Dave rolled back via the runbook now .');
	});

	test('sentences split on full stops but not on abbreviations or versions', () => {
		const doc = parse('The deploy of v1.24.0 failed, e.g. on node 3. Dr. Smith paged us at 14:05. Was it late? Yes!');
		assert.deepEqual(sentenceTexts(doc), ['The deploy of v1.24.0 failed, e.g. on node 3.', 'Dr. Smith paged us at 14:05.', 'Was it late?', 'Yes!']);
	});

	test('block quotes are marked as quoted, and quoted chat inside a sentence is a quoted span', () => {
		const doc = parse(['> Dave: it was my fault', '', 'Then Dave wrote "I should have known" in chat.']);
		assert.equal(doc.sentences[0].quoted, true);
		assert.equal(doc.sentences[1].quoted, false);
		assert.deepEqual(doc.sentences[1].quotedSpans.map((span) => spanText(doc, span)), ['"I should have known"']);
	});

	test('list items and table cells are separate blocks with their own spans', () => {
		const doc = parse(['- first item', '  continues here', '- second', '', '| Time | Event |', '|---|---|', '| 14:00 | Paged |']);
		assert.deepEqual(doc.blocks.map((block) => spanText(doc, block.span)), ['first item\n  continues here', 'second', 'Time', 'Event', '14:00', 'Paged']);
		assert.equal(doc.listItems.length, 2);
		assert.equal(doc.tables[0].rows.length, 2);
	});

	test('code blocks are not prose', () => {
		const doc = parse(['Intro.', '', '```', 'Dave should have known', '```']);
		assert.deepEqual(sentenceTexts(doc), ['Intro.']);
		assert.equal(doc.codeSpans.length, 1);
	});
});

suite('model: positions in awkward text', () => {
	const body = (prefix: string): string => `${prefix}## Impact\r\nSome 😀 users saw errors.\r\n`;

	test('CRLF line endings: spans index the original text', () => {
		const doc = parsePostmortem(body(''));
		assert.equal(spanText(doc, doc.sections[0].titleSpan), 'Impact');
		assert.equal(sentenceTexts(doc)[1], 'Some 😀 users saw errors.');
	});

	test('emoji before a span: offsets count UTF-16 code units', () => {
		const doc = parsePostmortem('## 👨‍👩‍👧‍👦 Timeline\n- 14:00 🇩🇪 deploy\n');
		assert.equal(spanText(doc, doc.sections[0].titleSpan), '👨‍👩‍👧‍👦 Timeline');
		assert.equal(doc.timeline.length, 1);
		assert.equal(spanText(doc, doc.timeline[0].textSpan), '🇩🇪 deploy');
	});

	test('a BOM at the start does not hide the first heading', () => {
		const doc = parsePostmortem(`\uFEFF${body('')}`);
		assert.equal(doc.sections[0].kind, 'impact');
		assert.equal(spanText(doc, doc.sections[0].titleSpan), 'Impact');
	});

	test('U+2028 and U+2029 inside a line do not start new lines', () => {
		const text = 'Line one\u2028still one\u2029still one\nline two';
		const starts = computeLineStarts(text);
		assert.deepEqual(starts, [0, text.indexOf('line two')]);
		assert.equal(lineAt(starts, text.indexOf('still')), 0);
		const doc = parsePostmortem(`## Summary\nA\u2028B.\n`);
		assert.equal(doc.lineStarts.length, 3);
	});

	test('lone CR line endings and a NUL are survived', () => {
		const doc = parsePostmortem('## Summary\rText\u0000 here.\r## Impact\rNone.');
		assert.deepEqual(doc.sections.map((section) => section.kind), ['summary', 'impact']);
		assert.equal(spanText(doc, doc.sections[1].titleSpan), 'Impact');
	});

	test('every span of the model is within the text and does not split a surrogate pair or CRLF', () => {
		const text = '---\r\ntitle: 😀\r\n---\r\n# 事故報告 😀\r\n\r\n## Timeline\r\n- 14:00 😀 paged\r\n| 14:05 | 🇩🇪 |\r\n\r\n> quoted 😀\r\n\r\n## Action items\r\n- [ ] Fix 😀. Owner: @a. Due: 2026-12-01. A-1.\r\n';
		const doc = parsePostmortem(text);
		const spans: Span[] = [
			...doc.sections.flatMap((s) => [s.span, s.headingSpan, s.titleSpan]),
			...doc.blocks.map((b) => b.span),
			...doc.sentences.map((s) => s.span),
			...doc.timeline.flatMap((e) => [e.span, e.textSpan, e.timestamp.span]),
			...doc.actionItems.flatMap((a) => [a.span, a.textSpan]),
		];
		for (const span of spans) {
			assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, JSON.stringify(span));
			for (const offset of [span.start, span.end]) {
				const before = text.charCodeAt(offset - 1);
				assert.ok(!(before >= 0xd800 && before <= 0xdbff), `span boundary ${offset} splits a surrogate pair`);
				assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), `span boundary ${offset} splits CRLF`);
			}
		}
	});
});

suite('model: timeline, factors and action items', () => {
	test('timeline entries in list, table and heading form, with a declared zone', () => {
		const doc = parse([
			'## Timeline (all times UTC)',
			'- 14:02 Deploy started',
			'- **14:09** **Detected** 5xx alert fired',
			'',
			'| Time | Event |',
			'|---|---|',
			'| 14:20 | Rolled back |',
			'',
			'### 14:35 Resolved',
			'Error rate back to normal.',
		]);
		assert.deepEqual(doc.timeline.map((entry) => [entry.form, entry.timestamp.time?.hour, entry.timestamp.time?.minute]), [
			['list', 14, 2],
			['list', 14, 9],
			['table', 14, 20],
			['heading', 14, 35],
		]);
		assert.equal(doc.declaredTimeZone?.name, 'UTC');
		assert.equal(doc.timeline[1].marker?.kind, 'detected');
		const minutes = doc.timeline.map((entry) => entry.minutes ?? Number.NaN);
		assert.deepEqual(minutes.map((m) => m - minutes[0]), [0, 7, 18, 33]);
	});

	test('contributing factors carry layers: prefix, sub-heading, field and inferred', () => {
		const doc = parse([
			'## Contributing factors',
			'- **Testing**: no test covered the empty cart.',
			'- The canary stage was skipped for config changes.',
			'- Nothing special here. Layer: Runbooks',
			'### Alerting',
			'- The threshold was 5% for 10 minutes.',
		]);
		assert.deepEqual(doc.factors.map((factor) => [factor.layer, factor.layerSource]), [
			['Testing', 'prefix'],
			['Deployment', 'inferred'],
			['Runbooks', 'field'],
			['Alerting', 'sub-heading'],
		]);
		assert.equal(doc.factors[0].text, 'no test covered the empty cart.');
	});

	test('action items from bullets, task lists and tables, with fields', () => {
		const doc = parse([
			'## Action items',
			'- Add an alert on 5xx above 0.1%. Owner: @platform-team. Due: 2026-12-15. PAY-1423.',
			'- [x] Roll back faster (owner: sre, due: 2026-11-30)',
			'',
			'| Action | Owner | Due | Ticket |',
			'|---|---|---|---|',
			'| Add canary | @deploy | 2027-01-10 | https://tracker.example/1 |',
		]);
		assert.deepEqual(doc.actionItems.map((item) => [item.form, item.owner?.text, item.due?.text, item.tracking.map((t) => t.text), item.status]), [
			['list', '@platform-team', '2026-12-15', ['PAY-1423'], undefined],
			['task', 'sre', '2026-11-30', [], 'done'],
			['table', '@deploy', '2027-01-10', ['https://tracker.example/1'], undefined],
		]);
		assert.deepEqual(doc.actionItems[0].due?.date, { year: 2026, month: 12, day: 15 });
	});
});

suite('model: robustness', () => {
	test('empty and whitespace-only documents', () => {
		for (const text of ['', ' ', '\n\n', '\r\n', '---', '---\n', '+++\n+++']) {
			const doc = parsePostmortem(text);
			assert.equal(doc.text, text);
		}
	});

	test('deeply nested quotes and lists parse without throwing', () => {
		parsePostmortem('> '.repeat(2000) + 'a');
		parsePostmortem(Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n'));
	});
});
