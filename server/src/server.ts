/**
 * The language server's entry point: `postmortem-language-server --stdio` (or node-ipc from VS Code).
 * Wiring only; the work is in documents.ts, settings.ts and features/.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
