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

/**
 * The document's title heading, else its first heading, else the first line of its first paragraph: where
 * a reader starts. Blank lines, front matter and HTML comments (such as a disable comment) are never it.
 */
function anchorSpan(context: RuleContext): Span {
	const { doc } = context;
	const heading = doc.sections.find((section) => section.level === 1) ?? doc.sections[0];
	if (heading !== undefined) {
		return heading.titleSpan;
	}
	const block = doc.blocks[0];
	if (block === undefined) {
		return { start: 0, end: 0 };
	}
	const firstLineEnd = doc.text.slice(block.span.start, block.span.end).search(/[\r\n]/);
	return { start: block.span.start, end: firstLineEnd === -1 ? block.span.end : block.span.start + firstLineEnd };
}
