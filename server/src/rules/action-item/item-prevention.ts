/**
 * A prevention that names no change (vague's catch-all): "Prevent this from recurring", "Avoid it in
 * future", "Prevent similar data leaks in the future". Pure, per item.
 */
import type { Action } from './item-grammar';

/** Where a noun phrase's first phrase ends ("No more surprises | during deploys"). */
export const phraseEnds = new Set(['on', 'about', 'for', 'with', 'to', 'in', 'at', 'from', 'around', 'into', 'during', 'before', 'after', 'when', 'while', 'across', 'between', 'within', 'without', 'under', 'over']);

/** Words that point at the incident's kind rather than a thing: "similar …", "future …", "such …". */
const likeTheIncident = new Set(['similar', 'such', 'future', 'further', 'repeat', 'repeated', 'recurring']);

/** Verbs that keep something from happening (base forms). */
const preventions = ['prevent', 'avoid', 'stop'];

/**
 * "Prevent this from recurring", "Avoid it in future", "Stop that happening": a prevention whose object
 * is the incident itself, pointed at by a bare pronoun, names no change ("Prevent this job from running
 * twice" names one).
 */
export function preventsTheIncident(action: Action): readonly [number, number] | undefined {
	const { tokens } = action;
	const object = tokens[action.object];
	if (object === undefined || !preventions.some((verb) => tokens[action.to - 1].forms.includes(verb))) {
		return undefined;
	}
	// "Prevent similar data leaks in the future", "Avoid future outages like this": the incident's kind, with no means.
	if (likeTheIncident.has(object.norm) && !tokens.slice(action.object, action.end).some((token, at) => token.norm === 'by' && tokens[action.object + at + 1]?.norm.endsWith('ing') === true)) {
		return [action.from, action.object + 1];
	}
	if (!['this', 'it', 'that', 'these', 'them'].includes(object.norm)) {
		return undefined;
	}
	const next = tokens[action.object + 1];
	const bare = next === undefined || action.object + 1 >= action.end || phraseEnds.has(next.norm) || next.norm.endsWith('ing') || next.gap.trim() !== '';
	return bare ? [action.from, action.object + 1] : undefined;
}
