/**
 * An independent reference for LSP text synchronisation, written from the spec rather than from
 * vscode-languageserver-textdocument: lines end at \n, \r\n or \r; a position past a line's end means the
 * line's end (before its line break); a line past the last line means the end of the text.
 */

export interface Position {
	readonly line: number;
	readonly character: number;
}

export interface ContentChange {
	readonly range?: { readonly start: Position; readonly end: Position };
	readonly text: string;
}

/** Offsets where each line starts, found by walking the text once. */
export function referenceLineStarts(text: string): number[] {
	const starts = [0];
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		if (char === '\r' && text[index + 1] === '\n') {
			index += 2;
			starts.push(index);
		} else if (char === '\r' || char === '\n') {
			index += 1;
			starts.push(index);
		} else {
			index += 1;
		}
	}
	return starts;
}

function lineContentEnd(text: string, starts: readonly number[], line: number): number {
	let end = line + 1 < starts.length ? starts[line + 1] : text.length;
	if (end > starts[line] && text[end - 1] === '\n') {
		end--;
	}
	if (end > starts[line] && text[end - 1] === '\r') {
		end--;
	}
	return end;
}

export function referenceOffsetAt(text: string, position: Position): number {
	const starts = referenceLineStarts(text);
	if (position.line < 0) {
		return 0;
	}
	if (position.line >= starts.length) {
		return text.length;
	}
	const end = lineContentEnd(text, starts, position.line);
	return Math.min(starts[position.line] + Math.max(0, position.character), end);
}

export function referencePositionAt(text: string, offset: number): Position {
	const starts = referenceLineStarts(text);
	const clamped = Math.max(0, Math.min(offset, text.length));
	let line = 0;
	while (line + 1 < starts.length && starts[line + 1] <= clamped) {
		line++;
	}
	return { line, character: clamped - starts[line] };
}

/** Applies a batch the way LSP defines it: in order, each range in the coordinates left by the previous one. */
export function referenceApply(text: string, changes: readonly ContentChange[]): string {
	let result = text;
	for (const change of changes) {
		if (change.range === undefined) {
			result = change.text;
			continue;
		}
		const start = referenceOffsetAt(result, change.range.start);
		const end = referenceOffsetAt(result, change.range.end);
		result = result.slice(0, Math.min(start, end)) + change.text + result.slice(Math.max(start, end));
	}
	return result;
}
