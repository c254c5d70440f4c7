import { writtenTimestamp } from '../../timeline/entries';
import type { Rule, RuleContext } from '../rule';

/** `--:--` is a time left blank on purpose; other placeholders are template text (`HH:mm`, `{{ hh:mm }}`). */
const BLANK_TIME = '--:--';

export const placeholder: Rule = {
	id: 'timeline/placeholder',
	category: 'timeline',
	description: 'No template placeholders (HH:MM, 20xx-MM-DD, {{ hh:mm }}) are left in the timeline.',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		for (const entry of doc.timeline) {
			if (!entry.timestamp.placeholder) {
				continue;
			}
			const written = writtenTimestamp(doc, entry);
			const message = written.includes(BLANK_TIME)
				? `No time given ("${written}"): write the time, or an estimate marked approximate (~14:30), so the entry can be placed.`
				: `Template placeholder "${written}" left in the timeline: write the real time, or delete the entry.`;
			context.report({ span: entry.timestamp.span, message });
		}
	},
};
