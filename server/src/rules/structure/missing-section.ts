/** Shared shape of the "this section is missing" structure rules. */
import type { SectionKind, Span } from '../../model/types';
import type { Rule, RuleContext } from '../rule';

export function missingSectionRule(options: {
	readonly name: string;
	readonly kinds: readonly SectionKind[];
	readonly description: string;
	readonly message: string;
}): Rule {
	return {
		id: `structure/${options.name}`,
		category: 'structure',
		description: options.description,
		defaultSeverity: 'warning',
		check(context: RuleContext): void {
			const { doc } = context;
			if (doc.sections.some((section) => options.kinds.includes(section.effectiveKind))) {
				return;
			}
			context.report({ span: anchorSpan(context), message: options.message });
		},
	};
}

/** The document's title heading, else its first heading, else its first line: where a reader starts. */
function anchorSpan(context: RuleContext): Span {
	const { doc } = context;
	const heading = doc.sections.find((section) => section.level === 1) ?? doc.sections[0];
	if (heading !== undefined) {
		return heading.titleSpan;
	}
	const start = doc.frontMatter?.span.end ?? 0;
	const firstLine = doc.lineStarts.findIndex((offset) => offset >= start && doc.text.slice(offset).trim() !== '');
	const lineStart = firstLine === -1 ? 0 : doc.lineStarts[firstLine];
	const end = doc.text.slice(lineStart).search(/[\r\n]|$/);
	return { start: lineStart, end: lineStart + end };
}
