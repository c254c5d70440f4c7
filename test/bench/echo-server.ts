/**
 * The floor for keystroke latency: a server built on the same LSP library and the same incremental text
 * sync as ours that answers every change with an empty diagnostics list.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
const publish = (document: TextDocument): void => {
	void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
};
documents.onDidOpen((event) => publish(event.document));
documents.onDidChangeContent((event) => publish(event.document));
documents.listen(connection);
connection.listen();
