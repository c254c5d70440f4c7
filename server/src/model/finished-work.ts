/**
 * Whether an action item's text reports work already finished ("Fixed the parser", "The feed has been
 * added", "We have already removed…") rather than planning it: such a line in a follow-ups list is done.
 */
const finishedVerbs = new Set(
	(
		'added adjusted built changed configured created decreased deleted deployed disabled documented enabled extended fixed ' +
		'implemented improved increased introduced lowered merged migrated moved optimised optimized patched paused published ' +
		'raised reduced refactored released removed replaced restarted resumed reverted rolled rotated scaled shipped switched ' +
		'tuned updated upgraded wrote requested enforced restricted revoked'
	).split(' '),
);

/** Words between "we have" and its participle that say since when. */
const sinceWhen = new Set(['already', 'now', 'also', 'just', 'recently', 'finally', 'previously', 'long', 'since', 'for', 'several', 'many', 'some', 'years', 'months', 'weeks']);

/** Imperatives that end in -ed. */
const notPastTense = new Set(['embed', 'shred', 'speed', 'breed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'need', 'bleed', 'heed', 'weed', 'shed', 'wed']);

/**
 * "Fixed the deposit contract address", "**Retry limits**: Implemented retry limits", "The feed has been
 * added": a report of work already finished, not a plan.
 */
export function reportsFinishedWork(text: string): boolean {
	const label = /^[ \t]*(?:\*\*|__)([^*_\r\n]{1,80})(?:\*\*|__)[ \t]*:?[ \t]*/u.exec(text);
	// "**Improve the failover drill.** We lacked…": a bold sentence is the item itself and what follows is
	// its background; a bold name ("**Retry limits**: Implemented…") only says what the report is about.
	const body = label === null ? text : /[.!]$/u.test(label[1].trimEnd()) ? label[1] : text.slice(label[0].length);
	const words = body.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/gu)?.slice(0, 12) ?? [];
	// "Fixed …", "We fixed …", "We have fixed …", "We've fixed …".
	let subject = words[0] === 'we' ? (['have', 'had'].includes(words[1]) ? 2 : 1) : words[0] === "we've" ? 1 : 0;
	// "We have already enabled…", "We have for several years enabled…".
	while (subject > 0 && subject < 6 && sinceWhen.has(words[subject])) {
		subject++;
	}
	const first = words[subject] ?? '';
	// "Identified and working on…": the work goes on, so the item is still open.
	const ongoing = words[subject + 1] === 'and' && /^[a-z]{3,}ing$/u.test(words[subject + 2] ?? '');
	if (!ongoing && (finishedVerbs.has(first) || first === "didn't" || (/^[a-z]{3,}ed$/u.test(first) && !notPastTense.has(first)))) {
		return true;
	}
	const passive = words.findIndex((word, index) => (word === 'been' && ['has', 'have'].includes(words[index - 1])) || ['was', 'were', 'is', 'are'].includes(word));
	// A passive inside a subordinate clause is the object of the plan, not a report: "Look into why alerts
	// were delayed", "Find out how the keys were leaked".
	// "Ensure staff are reminded…", "Make sure the runbook is updated": a state the item asks for.
	const clause = words.slice(0, Math.max(passive, 0)).some((word) => clauseOpeners.has(word) || askedStates.has(word));
	const participle = words[passive + 1] ?? '';
	// "EIP-6110 is updated to…" reports a change; "monitoring is needed" asks for one.
	const present = words[passive] === 'is' || words[passive] === 'are';
	return passive !== -1 && passive < 10 && !clause && /(?:ed|en|made|set|built|put)$/u.test(participle) && !(present && stillWanted.has(participle));
}

const clauseOpeners = new Set(['that', 'which', 'who', 'if', 'when', 'where', 'why', 'how', 'whether', 'what']);
/** Verbs that ask for a state to hold, so a passive after them is the state wanted, not a report. */
const askedStates = new Set(['ensure', 'sure', 'check', 'verify', 'confirm', 'validate', 'guarantee', 'ensuring']);

const stillWanted = new Set(['needed', 'required', 'expected', 'planned', 'proposed', 'suggested', 'recommended', 'desired', 'wanted', 'missing', 'broken', 'blocked', 'tracked', 'owned', 'scheduled', 'assigned', 'being', 'given', 'open', 'often', 'seen', 'written']);
