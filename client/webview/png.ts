/**
 * PNG export without a bundled rasteriser: the chart, serialised in fixed colours, is loaded as an image
 * from a `blob:` URL (the only image source the policy allows) and drawn onto a canvas.
 */
import { palettes, type ChartTheme } from '../../server/src/chart/palette';
import { serializeSvg } from '../../server/src/chart/svg';
import { chartTree } from '../../server/src/chart/tree';
import type { ChartLayout } from '../../server/src/chart/types';

/** Canvas pixels at most (a 4096² canvas), so a huge chart cannot exhaust the webview's memory. */
const maxPixels = 4096 * 4096;

export function themeOf(body: HTMLElement): ChartTheme {
	return body.classList.contains('vscode-light') || body.classList.contains('vscode-high-contrast-light') ? 'light' : 'dark';
}

/** The chart as base64 PNG (without the `data:` prefix), twice the chart's size when that fits. */
export async function chartPng(layout: ChartLayout, theme: ChartTheme, document: Document): Promise<string> {
	const svg = serializeSvg(chartTree(layout, { palette: palettes[theme], interactive: false }));
	const width = Math.max(1, Number(layout.width) || 1);
	const height = Math.max(1, Number(layout.height) || 1);
	const scale = Math.min(2, Math.sqrt(maxPixels / (width * height)));
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.floor(width * scale));
		canvas.height = Math.max(1, Math.floor(height * scale));
		const context = canvas.getContext('2d');
		if (context === null) {
			throw new Error('no 2D canvas');
		}
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const dataUrl = canvas.toDataURL('image/png');
		return dataUrl.slice(dataUrl.indexOf(',') + 1);
	} finally {
		URL.revokeObjectURL(url);
	}
}
