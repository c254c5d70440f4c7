/**
 * Applying a blame rule's quick fix the way an editor would, then linting again with every blame rule:
 * the fixed diagnostic must be gone and no other may appear.
 */
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../../../server/src/lint';
import { parsePostmortem } from '../../../../server/src/model/parse';
import { blameRules } from '../../../../server/src/rules/blame';
import type { Fix } from '../../../../server/src/rules/rule';
import { applyEdits, configWith, testToday } from '../../helpers';

export function lintBlame(text: string): Finding[] {
	return lint(parsePostmortem(text), { config: configWith(), today: testToday, rules: blameRules });
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const finding of findings) {
		counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
	}
	return counts;
}

/** The plain text a snippet inserts when every placeholder keeps its default. */
export function snippetAsPlainText(snippet: string): string {
	return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

/**
 * Lints `text`, takes the finding of `ruleId` whose text is `words`, applies its first fix and returns the
 * fixed text, after checking that the finding is gone and nothing new appeared.
 */
export function applyFix(text: string, ruleId: string, words: string): { fixed: string; fix: Fix } {
	const before = lintBlame(text);
	const finding = before.find((f) => f.ruleId === ruleId && text.slice(f.span.start, f.span.end) === words);
	assert.ok(finding, `no ${ruleId} finding on “${words}”; got ${before.map((f) => `${f.ruleId} “${text.slice(f.span.start, f.span.end)}”`).join(', ')}`);
	assert.ok(finding.fixes.length > 0, `the ${ruleId} finding on “${words}” has no fix`);
	const fix = finding.fixes[0];
	for (const edit of fix.edits) {
		if (edit.snippet !== undefined) {
			assert.equal(snippetAsPlainText(edit.snippet), edit.newText, 'the plain text is the snippet with its defaults');
		}
		assert.ok(edit.span.start >= 0 && edit.span.end <= text.length);
	}
	const fixed = applyEdits(text, fix.edits);
	const after = countByRule(lintBlame(fixed));
	const expected = countByRule(before);
	expected.set(ruleId, (expected.get(ruleId) ?? 0) - 1);
	for (const [rule, count] of after) {
		assert.ok(count <= (expected.get(rule) ?? 0), `after “${fix.title}”: ${rule} has ${count} finding(s), expected at most ${expected.get(rule) ?? 0}\n${fixed}`);
	}
	assert.ok((after.get(ruleId) ?? 0) <= (expected.get(ruleId) ?? 0), `the ${ruleId} finding is still there after “${fix.title}”:\n${fixed}`);
	return { fixed, fix };
}
