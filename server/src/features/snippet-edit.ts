/**
 * Edits with one placeholder for the user to fill in: a snippet (`${1:reason}`) for clients that take
 * snippet edits, and the same text with a visible plain placeholder for the others.
 */
import type { Span } from '../model/types';
import type { SpanEdit } from '../rules/rule';

export interface Placeholder {
	/** The tab stop, with its default text: `${1:reason}`. */
	readonly snippet: string;
	/** What plain-text clients get instead; it stays visible until the user replaces it. */
	readonly plain: string;
}

/** `build` gets the placeholder and returns the whole new text; text without the placeholder stays plain. */
export function placeholderEdit(span: Span, placeholder: Placeholder, build: (filler: string) => string): SpanEdit {
	const marker = '\u0000placeholder\u0000';
	const withMarker = build(marker);
	const edit = { span, newText: build(placeholder.plain) };
	if (!withMarker.includes(marker)) {
		return edit;
	}
	return { ...edit, snippet: withMarker.split(marker).map(escapeSnippet).join(placeholder.snippet) };
}

/** Snippet syntax gives `$`, `}` and `\` meaning; literal text escapes them. */
export function escapeSnippet(text: string): string {
	return text.replace(/[$}\\]/g, '\\$&');
}
