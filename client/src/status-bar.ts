/** One status bar item: the number of Postmortem problems in the active postmortem, hidden elsewhere. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('postmortem.status', vscode.StatusBarAlignment.Right, 100);
	private readonly latest = new Map<string, StatusParams>();
	private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());

	constructor() {
		this.item.name = 'Postmortem';
		this.item.command = 'workbench.actions.view.problems';
	}

	update(status: StatusParams): void {
		this.latest.set(status.uri, status);
		this.render();
	}

	private render(): void {
		const uri = vscode.window.activeTextEditor?.document.uri.toString();
		const status = uri === undefined ? undefined : this.latest.get(uri);
		if (status === undefined || !status.isPostmortem) {
			this.item.hide();
			return;
		}
		this.item.text = status.problems === 0 ? '$(check) Postmortem' : `$(megaphone) Postmortem: ${status.problems}`;
		this.item.tooltip = `${status.errors} errors, ${status.warnings} warnings, ${status.problems - status.errors - status.warnings} other suggestions. Click to open the Problems panel.`;
		this.item.show();
	}

	dispose(): void {
		this.subscription.dispose();
		this.item.dispose();
	}
}
