/**
 * Fixed colours for the standalone SVG and the PNG export. No colour ever comes from the document. The
 * webview does not use these: it styles the same classes with the editor's theme variables (main.css).
 */

export interface Palette {
	readonly background: string;
	readonly text: string;
	readonly muted: string;
	readonly cheeseFace: string;
	readonly cheeseSide: string;
	readonly cheeseTop: string;
	readonly cheeseEdge: string;
	readonly holeRim: string;
	readonly accent: string;
	readonly badge: string;
	readonly badgeText: string;
}

export type ChartTheme = 'light' | 'dark';

export const palettes: Readonly<Record<ChartTheme, Palette>> = {
	light: {
		background: '#ffffff',
		text: '#1f2328',
		muted: '#59636e',
		cheeseFace: '#f5c842',
		cheeseSide: '#d6a21e',
		cheeseTop: '#fadc7c',
		cheeseEdge: '#a8740f',
		holeRim: '#8a5d0a',
		accent: '#c4211f',
		badge: '#59636e',
		badgeText: '#ffffff',
	},
	dark: {
		background: '#1e1e1e',
		text: '#e6edf3',
		muted: '#a1abb6',
		cheeseFace: '#d4aa32',
		cheeseSide: '#a37c16',
		cheeseTop: '#e8c65a',
		cheeseEdge: '#7c5a0b',
		holeRim: '#5e4306',
		accent: '#ff7a70',
		badge: '#a1abb6',
		badgeText: '#1e1e1e',
	},
};

export const chartFontFamily = 'system-ui, -apple-system, Segoe UI, Roboto, Ubuntu, sans-serif';
