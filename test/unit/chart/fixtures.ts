/** Postmortems made up for the chart tests, and a payload helper. */
import { buildChartPayload } from '../../../server/src/chart/chart-data';
import type { ChartPayload } from '../../../server/src/chart/types';
import { defaultLayerOrder } from '../../../server/src/config';
import { parsePostmortem } from '../../../server/src/model/parse';

export function payloadOf(text: string, layerOrder: readonly string[] = defaultLayerOrder): ChartPayload {
	return buildChartPayload({ uri: 'file:///work/pm.md', version: 7, doc: parsePostmortem(text), isPostmortem: true, layerOrder });
}

/** A postmortem whose contributing factors are `- **Layer**: text` bullets. */
export function withFactors(factors: readonly (readonly [layer: string, text: string])[], title = 'Checkout outage'): string {
	return [
		`# ${title}`,
		'',
		'## Summary',
		'',
		'Checkout failed for twenty minutes.',
		'',
		'## Contributing factors',
		'',
		...factors.map(([layer, text]) => `- **${layer}**: ${text}`),
		'',
	].join('\n');
}

/** Layer names the default order knows, in that order (without 'Other'). */
export const twelveLayers: readonly string[] = defaultLayerOrder.filter((layer) => layer !== 'Other');
