/**
 * Every quick fix of every registered rule on the real corpus, applied the way an editor would: edits in
 * bounds, disjoint and versioned; after the fix and a re-lint, the finding is gone and no other appears.
 * The disable fix must also leave the rendering alone. Fix-all on each document reaches a fixpoint.
 */
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver';
import { rules as lintCorpusRules } from '../../../server/src/rules';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { actionsAt, analyse, applyAction, assertSameRendering, editsOf, environment, type Analysed } from './helpers';
import { corpusFiles, requireCorpus } from '../corpus';
import type { Finding } from '../../../server/src/lint';

/** Where an offset of the old text is after the edits (inside a replaced range: at its start). */
function mapper(document: TextDocument, action: CodeAction): (offset: number) => number {
	const edits = editsOf(document, action.edit).map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), length: edit.newText.length }));
	return (offset) => {
		let shift = 0;
		for (const edit of edits) {
			if (edit.end <= offset) {
				shift += edit.length - (edit.end - edit.start);
			} else if (edit.start < offset) {
				return edit.start + shift;
			}
		}
		return offset + shift;
	};
}

/** Findings by rule and position (messages may name line numbers, which a fix can move). */
function keyCounts(keys: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	keys.forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
	return counts;
}

function checkFix(analysed: Analysed, finding: Finding, action: CodeAction): string | undefined {
	const map = mapper(analysed.document, action);
	const after = applyAction(analysed.document, action);
	const relinted = analyse(after, lintCorpusRules).analysis.findings;
	const before = keyCounts(analysed.analysis.findings.map((candidate) => `${candidate.ruleId}@${map(candidate.span.start)}`));
	const now = keyCounts(relinted.map((candidate) => `${candidate.ruleId}@${candidate.span.start}`));
	for (const [key, count] of now) {
		if (count > (before.get(key) ?? 0)) {
			return `new finding after "${action.title}": ${key} ${relinted.find((candidate) => `${candidate.ruleId}@${candidate.span.start}` === key)?.message}`;
		}
	}
	const target = `${finding.ruleId}@${map(finding.span.start)}`;
	if ((now.get(target) ?? 0) >= (before.get(target) ?? 0)) {
		return `"${action.title}" left the finding in place`;
	}
	if (action.title.startsWith('Disable ')) {
		assertSameRendering(analysed.document.getText(), after, `"${action.title}" changed the rendering`);
	}
	return undefined;
}

/** A few findings per rule and file keep the suite within seconds while every rule's fixes are tried. */
const perRuleAndFile = 3;

interface Outcome {
	readonly problems: { readonly disable: boolean; readonly text: string }[];
	readonly applied: Map<string, number>;
}

let outcome: Outcome | undefined;

/** Applies every offered quick fix for a few findings per rule and file, once for both tests below. */
function applyAllFixes(): Outcome {
	if (outcome !== undefined) {
		return outcome;
	}
	const problems: Outcome['problems'] = [];
	const applied = new Map<string, number>();
	for (const file of corpusFiles()) {
		const analysed = analyse(file.text, lintCorpusRules);
		const seen = new Map<string, number>();
		for (const finding of analysed.analysis.findings) {
			const line = analysed.document.positionAt(finding.span.start).line;
			const taken = seen.get(finding.ruleId) ?? 0;
			if (taken >= perRuleAndFile) {
				continue;
			}
			seen.set(finding.ruleId, taken + 1);
			const actions = actionsAt(analysed, finding.span, environment(false), ['quickfix']).filter((action) =>
				action.diagnostics?.some((diagnostic) => diagnostic.code === finding.ruleId && diagnostic.message === finding.message),
			);
			if (!actions.some((action) => action.title.startsWith(`Disable ${finding.ruleId} `))) {
				problems.push({ disable: true, text: `${file.name}:${line + 1} ${finding.ruleId} has no disable fix` });
			}
			for (const action of actions) {
				const problem = checkFix(analysed, finding, action);
				if (problem !== undefined) {
					problems.push({ disable: action.title.startsWith('Disable '), text: `${file.name}:${line + 1} ${finding.ruleId}: ${problem}` });
				}
				applied.set(finding.ruleId, (applied.get(finding.ruleId) ?? 0) + 1);
			}
		}
	}
	outcome = { problems, applied };
	console.log(`      ${[...applied.values()].reduce((a, b) => a + b, 0)} quick fixes applied: ${[...applied].map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
	return outcome;
}

suite('features/code-actions: every registered rule\'s fixes on the corpus', () => {
	test('the disable fix of every rule keeps the rendering, silences its finding and adds none', function () {
		requireCorpus(this);
		this.timeout(300_000);
		assert.deepEqual(applyAllFixes().problems.filter((problem) => problem.disable).map((problem) => problem.text), []);
	});

	test('the rules\' own quick fixes silence their finding and add none', function () {
		requireCorpus(this);
		this.timeout(300_000);
		assert.deepEqual(applyAllFixes().problems.filter((problem) => !problem.disable).map((problem) => problem.text), []);
	});

	test('fix-all on each corpus document: valid edits, and a second run finds nothing to do', function () {
		requireCorpus(this);
		this.timeout(120_000);
		let fixed = 0;
		for (const file of corpusFiles()) {
			const analysed = analyse(file.text, lintCorpusRules);
			const [fixAll] = actionsAt(analysed, { start: 0, end: 0 }, environment(false, lintCorpusRules), ['source.fixAll.postmortem']);
			if (fixAll === undefined) {
				continue;
			}
			fixed++;
			const once = applyAction(analysed.document, fixAll);
			const again = actionsAt(analyse(once, lintCorpusRules), { start: 0, end: 0 }, environment(false, lintCorpusRules), ['source.fixAll.postmortem']);
			assert.deepEqual(again.map((action) => action.title), [], `${file.name}: fix-all is not a fixpoint`);
		}
		console.log(`      fix-all had safe edits for ${fixed} corpus documents`);
	});
});
