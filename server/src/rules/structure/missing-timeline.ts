import { missingSectionRule } from './missing-section';

export const missingTimeline = missingSectionRule({
	name: 'missing-timeline',
	kinds: ['timeline'],
	description: 'The postmortem has a Timeline section with timestamped events.',
	message: 'No Timeline section — timestamps show where time was lost between impact, detection and recovery.',
});
