import assert from 'node:assert/strict';
import { computeLineStarts, lineAt } from '../../../server/src/model/text';
import { parse } from '../helpers';

/** LSP's line model, one character at a time: what computeLineStarts' indexOf jumps must equal. */
function referenceLineStarts(text: string): number[] {
	const starts = [0];
	for (let index = 0; index < text.length; index++) {
		if (text[index] === '\r' && text[index + 1] === '\n') {
			index++;
		}
		if (text[index] === '\r' || text[index] === '\n') {
			starts.push(index + 1);
		}
	}
	return starts;
}

/** Found by test/unit/robustness/positions: model lines that disagreed with where their spans start. */
suite('model: line numbers agree with spans', () => {
	test('line starts: LF, CRLF, lone CR and every mix of them, at the ends too', () => {
		const pieces = ['a', '\n', '\r', '\r\n', '\n\r', '\u2028', 'xy'];
		let seed = 7;
		for (let sample = 0; sample < 2000; sample++) {
			let text = '';
			for (let length = sample % 9; length > 0; length--) {
				seed = (seed * 1103515245 + 12345) >>> 0;
				text += pieces[seed % pieces.length];
			}
			assert.deepEqual(computeLineStarts(text), referenceLineStarts(text), JSON.stringify(text));
		}
	});

	test('after front matter with CR and mixed line endings, list items are on their own line', () => {
		const doc = parse('---\rtitle: Checkout\ndate: 2026-11-18\r---\n\n## Timeline\r\r- 10:00 Deploy began\r- 10:05 Alert fired\r');
		assert.equal(doc.listItems.length, 2);
		for (const item of doc.listItems) {
			assert.equal(doc.text.slice(item.markerSpan.start, item.markerSpan.end), '-');
			assert.equal(item.line, lineAt(doc.lineStarts, item.span.start));
		}
		assert.deepEqual(doc.timeline.map((entry) => doc.text.slice(entry.timestamp.span.start, entry.timestamp.span.end)), ['10:00', '10:05']);
	});

	test('a paragraph whose first line is only a no-break space starts on its first visible line', () => {
		for (const blank of ['\u00A0', '\f', '\u000B', '\u00A0\t']) {
			const doc = parse(`# Incident\n\n${blank}\nThe deploy failed.\n`);
			const block = doc.blocks.find((candidate) => candidate.kind === 'paragraph');
			assert.ok(block !== undefined);
			assert.equal(block.line, lineAt(doc.lineStarts, block.span.start), JSON.stringify(blank));
		}
	});

	test('a bold label after a blank-looking line still starts a section on its line', () => {
		const doc = parse('# Incident\n\n\u00A0\n**Action items:**\n\n- [ ] Add a test.\n');
		const section = doc.sections.find((candidate) => candidate.kind === 'action-items');
		assert.ok(section !== undefined);
		assert.equal(section.line, lineAt(doc.lineStarts, section.headingSpan.start));
	});
});
