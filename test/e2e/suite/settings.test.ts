import * as vscode from 'vscode';
import { closeAllWithoutSaving, openFixture, waitForDiagnostics, withRule, workspaceFile } from './helpers';

const queueBacklog = 'incidents/2026-09-14-queue-backlog.md';

suite('Settings', () => {
	const rules = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('postmortem');

	teardown(async () => {
		await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
		await closeAllWithoutSaving();
	});

	test('a rule turned off in the settings goes at once, and comes back when the setting is removed', async () => {
		await openFixture(queueBacklog);
		const uri = workspaceFile(queueBacklog);
		const hasMissingImpact = (all: vscode.Diagnostic[]): boolean => withRule(all, 'structure/missing-impact').length === 1;
		await waitForDiagnostics(uri, hasMissingImpact, 'structure/missing-impact');

		await rules().update('rules', { 'structure/missing-impact': 'off' }, vscode.ConfigurationTarget.Workspace);
		await waitForDiagnostics(uri, (all) => !hasMissingImpact(all), 'structure/missing-impact to go after the setting');

		await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
		await waitForDiagnostics(uri, hasMissingImpact, 'structure/missing-impact to come back');
	});

	test('a category set to error changes the severity of its rules', async () => {
		await openFixture(queueBacklog);
		const uri = workspaceFile(queueBacklog);
		await waitForDiagnostics(uri, (all) => withRule(all, 'structure/missing-impact').length === 1, 'structure/missing-impact');
		await rules().update('rules', { structure: 'error' }, vscode.ConfigurationTarget.Workspace);
		await waitForDiagnostics(
			uri,
			(all) => withRule(all, 'structure/missing-impact')[0]?.severity === vscode.DiagnosticSeverity.Error,
			'structure/missing-impact as an error',
		);
	});
});
