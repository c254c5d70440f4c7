/**
 * Draws the extension icon (client/media/icon.png): three slices of cheese with holes and the line of an
 * incident passing through aligned holes. Plain pixels and zlib, so no image tool is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const size = 128;
type Rgba = readonly [number, number, number, number];
const background: Rgba = [0, 0, 0, 0];
const cheese: Rgba = [244, 190, 62, 255];
const rind: Rgba = [196, 136, 24, 255];
const hole: Rgba = [38, 50, 72, 255];
const path: Rgba = [226, 62, 62, 255];

const pixels: Rgba[] = new Array<Rgba>(size * size).fill(background);
const put = (x: number, y: number, colour: Rgba): void => {
	if (x >= 0 && y >= 0 && x < size && y < size) {
		pixels[y * size + x] = colour;
	}
};

const slices = [{ x: 16 }, { x: 52 }, { x: 88 }];
const holes = [
	[{ y: 38, r: 7 }, { y: 64, r: 9 }, { y: 96, r: 6 }],
	[{ y: 30, r: 6 }, { y: 64, r: 9 }, { y: 90, r: 7 }],
	[{ y: 42, r: 8 }, { y: 64, r: 9 }, { y: 100, r: 5 }],
];
slices.forEach((slice, index) => {
	for (let y = 14; y < 114; y++) {
		for (let x = slice.x; x < slice.x + 24; x++) {
			const edge = x < slice.x + 3 || y < 17 || y > 110;
			const inHole = holes[index].some((h) => (x - (slice.x + 12)) ** 2 + (y - h.y) ** 2 <= h.r ** 2);
			put(x, y, inHole ? hole : edge ? rind : cheese);
		}
	}
});
for (let x = 4; x < 124; x++) {
	for (let t = -2; t <= 2; t++) {
		put(x, 64 + t, path);
	}
}
for (let k = 0; k < 10; k++) {
	for (let t = -k; t <= k; t++) {
		put(123 - k + 4, 64 + t, path);
	}
}

function crc32(buffer: Buffer): number {
	let crc = -1;
	for (const byte of buffer) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) {
			crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
		}
	}
	return (crc ^ -1) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
	raw[y * (size * 4 + 1)] = 0;
	for (let x = 0; x < size; x++) {
		raw.set(pixels[y * size + x], y * (size * 4 + 1) + 1 + x * 4);
	}
}
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	chunk('IHDR', header),
	chunk('IDAT', deflateSync(raw)),
	chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(__dirname, '..', '..', 'client', 'media', 'icon.png'), png);
