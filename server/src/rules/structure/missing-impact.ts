import { missingSectionRule } from './missing-section';

export const missingImpact = missingSectionRule({
	name: 'missing-impact',
	kinds: ['impact'],
	description: 'The postmortem has an Impact section saying who was affected, how, and for how long.',
	message: 'No Impact section — who was affected, what did they see, and for how long?',
});
