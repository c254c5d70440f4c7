/**
 * Checks on the packaged .vsix: what a user installs. Reads the zip's central directory directly (a
 * .vsix is a plain zip), so the check depends on nothing vsce uses internally.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ZipEntry {
	readonly name: string;
	readonly size: number;
}

export function zipEntries(file: string): ZipEntry[] {
	const zip = fs.readFileSync(file);
	const end = findEndOfCentralDirectory(zip);
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const entries: ZipEntry[] = [];
	for (let index = 0; index < count; index++) {
		if (zip.readUInt32LE(offset) !== 0x02014b50) {
			throw new Error(`${file}: broken central directory at entry ${index}`);
		}
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size: zip.readUInt32LE(offset + 24) });
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number {
	for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 65_557); offset--) {
		if (zip.readUInt32LE(offset) === 0x06054b50) {
			return offset;
		}
	}
	throw new Error('not a zip file: no end of central directory');
}

/** Files the extension needs at run time (vsce lower-cases the README and changelog), and the only paths allowed. */
const required = [
	'extension/package.json',
	'extension/readme.md',
	'extension/changelog.md',
	'extension/LICENSE.txt',
	'extension/dist/extension.js',
	'extension/dist/server.js',
	'extension/client/media/icon.png',
];
const allowed = [
	/^\[Content_Types\]\.xml$/,
	/^extension\.vsixmanifest$/,
	/^extension\/(?:package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
	/^extension\/client\/media\/icon\.png$/,
	/^extension\/dist\/(?:extension|server)\.js$/,
	/^extension\/dist\/webview\/[\w.-]+\.(?:js|css)$/,
	/^extension\/(?:syntaxes|snippets|server\/schema)\/[\w.-]+\.json$/,
	/^extension\/docs\/rules\/[a-z-]+\/[a-z-]+\.md$/,
];
export const maxVsixBytes = 1024 * 1024;

/** Every problem with the package, or [] when it is fit to ship. */
export function vsixProblems(file: string, manifest: Manifest): string[] {
	const problems: string[] = [];
	const size = fs.statSync(file).size;
	if (size >= maxVsixBytes) {
		problems.push(`${file} is ${size} bytes; it must stay under 1 MB`);
	}
	const names = zipEntries(file).map((entry) => entry.name);
	for (const name of names) {
		if (name.includes('node_modules/')) {
			problems.push(`ships node_modules: ${name} (the bundles must carry every dependency)`);
		} else if (!allowed.some((pattern) => pattern.test(name))) {
			problems.push(`not on the allow-list: ${name} (.vscodeignore)`);
		}
	}
	problems.push(...listingProblems(manifest));
	const expected = [...required, ...manifestFiles(manifest)];
	for (const name of new Set(expected)) {
		if (!names.includes(name)) {
			problems.push(`missing from the package: ${name}`);
		}
	}
	return problems;
}

interface Manifest {
	readonly main?: string;
	readonly icon?: string;
	readonly license?: string;
	readonly categories?: readonly string[];
	readonly keywords?: readonly string[];
	readonly contributes?: {
		readonly grammars?: ReadonlyArray<{ readonly path?: string }>;
		readonly snippets?: ReadonlyArray<{ readonly path?: string }>;
		readonly jsonValidation?: ReadonlyArray<{ readonly url?: string }>;
	};
}

/** What a gallery listing needs from the manifest. */
function listingProblems(manifest: Manifest): string[] {
	const problems: string[] = [];
	if (!manifest.icon?.endsWith('.png')) {
		problems.push('package.json: "icon" must name a PNG');
	}
	if (!manifest.license) {
		problems.push('package.json: no "license"');
	}
	if ((manifest.categories ?? []).length === 0 || (manifest.keywords ?? []).length === 0) {
		problems.push('package.json: "categories" and "keywords" must not be empty');
	}
	return problems;
}

/** Every file the manifest points at (main, icon, grammars, snippets, schemas), as package entry names. */
export function manifestFiles(manifest: Manifest): string[] {
	const contributes = manifest.contributes ?? {};
	const paths = [
		manifest.main,
		manifest.icon,
		...(contributes.grammars ?? []).map((grammar) => grammar.path),
		...(contributes.snippets ?? []).map((snippet) => snippet.path),
		...(contributes.jsonValidation ?? []).map((validation) => validation.url),
	];
	return paths
		.filter((file): file is string => typeof file === 'string' && !/^[a-z]+:/i.test(file))
		.map((file) => `extension/${file.replace(/^\.\//, '')}`);
}

/**
 * Problems with the README's images. They are not shipped: VS Code's extension page drops image sources
 * that are not https, and a gallery rewrites relative links to the repository's files. So each must be a
 * PNG in the repository (vsce rejects SVG), small enough to load quickly.
 */
export function readmeImageProblems(readme: string, root: string): string[] {
	const images = [...readme.matchAll(/!\[[^\]\n]{0,300}\]\(([^)\s]{1,300})\)/g)].map((match) => match[1]).filter((image) => !/^[a-z]+:/i.test(image));
	return images.flatMap((image) => {
		const file = path.join(root, image);
		if (!image.endsWith('.png')) {
			return [`README image ${image} is not a PNG`];
		}
		if (!fs.existsSync(file)) {
			return [`README image ${image} does not exist`];
		}
		const size = fs.statSync(file).size;
		return size > 200 * 1024 ? [`README image ${image} is ${Math.round(size / 1024)} KB (keep it under 200 KB)`] : [];
	});
}
