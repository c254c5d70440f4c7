import { missingSectionRule } from './missing-section';

export const missingActionItems = missingSectionRule({
	name: 'missing-action-items',
	kinds: ['action-items'],
	description: 'The postmortem has an Action items section: the changes that will stop this happening again.',
	message: 'No Action items section — what will change so this does not happen again, and who owns it?',
});
