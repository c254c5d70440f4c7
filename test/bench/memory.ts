/**
 * Run with --expose-gc. The real server wiring (startServer) in this process over an in-memory connection:
 * heap with 50 open postmortems, and heap after opening and closing 1,000 documents compared with the start.
 */
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp';
import { mediumDocument } from './documents';

function heapMb(): number {
	(globalThis as { gc?: () => void }).gc?.();
	(globalThis as { gc?: () => void }).gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
	const toServer = new PassThrough();
	const toClient = new PassThrough();
	const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
	startServer(server);
	server.listen();
	const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
	const published = new Map<string, () => void>();
	client.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => published.get(params.uri)?.());
	client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
	client.onRequest('client/registerCapability', () => null);
	client.onNotification(() => undefined);
	client.listen();
	await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await client.sendNotification('initialized', {});
	const text = mediumDocument().text;
	const open = async (uri: string, body: string): Promise<void> => {
		const done = new Promise<void>((resolve) => published.set(uri, resolve));
		await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: body } });
		await done;
		published.delete(uri);
	};
	const close = async (uri: string): Promise<void> => {
		const done = new Promise<void>((resolve) => published.set(uri, resolve));
		await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
		await done;
		published.delete(uri);
	};
	await open('file:///warm/postmortems/0.md', text);
	await close('file:///warm/postmortems/0.md');
	const baseline = heapMb();
	for (let index = 0; index < 50; index++) {
		await open(`file:///bench/postmortems/open-${index}.md`, `${text}\n<!-- ${index} -->\n`);
	}
	const withFifty = heapMb();
	for (let index = 0; index < 50; index++) {
		await close(`file:///bench/postmortems/open-${index}.md`);
	}
	const cycleStart = heapMb();
	for (let index = 0; index < 1000; index++) {
		const uri = `file:///bench/postmortems/cycle-${index}.md`;
		await open(uri, `${text}\n<!-- ${index} -->\n`);
		await close(uri);
	}
	const cycleEnd = heapMb();
	console.log(JSON.stringify({ baseline, withFifty, perDocument: (withFifty - baseline) / 50, cycleStart, cycleEnd, growth: (cycleEnd - cycleStart) / cycleStart }));
	client.dispose();
	server.dispose();
}

void main();
