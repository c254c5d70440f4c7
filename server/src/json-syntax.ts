/**
 * Finds where JSON text stops being valid. `JSON.parse` in Node 20 does not always say where
 * ("Unexpected token '}', … is not valid JSON"), and a config error without a line and column sends
 * the user hunting, so on failure we scan the text once more to locate the first problem.
 */

export interface JsonSyntaxError {
	/** UTF-16 offset of the first character that cannot continue valid JSON. */
	readonly offset: number;
	readonly message: string;
}

/** Deeper nesting than this is reported rather than risking the stack on a hostile file. */
const maxDepth = 500;

class ScanError extends Error {
	constructor(
		readonly offset: number,
		message: string,
	) {
		super(message);
	}
}

/** Returns the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	const scanner = new JsonScanner(text);
	try {
		scanner.document();
		return undefined;
	} catch (error) {
		if (error instanceof ScanError) {
			return { offset: error.offset, message: error.message };
		}
		return { offset: 0, message: 'the file could not be read as JSON' };
	}
}

class JsonScanner {
	private pos = 0;

	constructor(private readonly text: string) {}

	document(): void {
		this.value(0);
		this.skipSpace();
		if (this.pos < this.text.length) {
			this.fail('unexpected text after the end of the JSON value');
		}
	}

	private value(depth: number): void {
		if (depth > maxDepth) {
			this.fail(`nesting deeper than ${maxDepth} levels`);
		}
		this.skipSpace();
		const char = this.text[this.pos];
		if (char === '{') {
			this.object(depth);
		} else if (char === '[') {
			this.array(depth);
		} else if (char === '"') {
			this.string();
		} else if (char === '-' || isDigit(char)) {
			this.number();
		} else {
			this.literal();
		}
	}

	private object(depth: number): void {
		this.pos++;
		this.skipSpace();
		if (this.text[this.pos] === '}') {
			this.pos++;
			return;
		}
		for (;;) {
			this.skipSpace();
			if (this.text[this.pos] !== '"') {
				this.fail('expected a property name in double quotes');
			}
			this.string();
			this.expect(':', "expected ':' after the property name");
			this.value(depth + 1);
			if (this.endOfList('}', "expected ',' or '}' after the property value")) {
				return;
			}
		}
	}

	private array(depth: number): void {
		this.pos++;
		this.skipSpace();
		if (this.text[this.pos] === ']') {
			this.pos++;
			return;
		}
		for (;;) {
			this.value(depth + 1);
			if (this.endOfList(']', "expected ',' or ']' after the list item")) {
				return;
			}
		}
	}

	/** Consumes ',' (more to come: false) or the closing bracket (done: true). */
	private endOfList(close: string, message: string): boolean {
		this.skipSpace();
		const char = this.text[this.pos];
		if (char === close) {
			this.pos++;
			return true;
		}
		if (char !== ',') {
			this.fail(message);
		}
		this.pos++;
		this.skipSpace();
		if (this.text[this.pos] === close) {
			this.fail(`trailing comma before '${close}'`);
		}
		return false;
	}

	private string(): void {
		this.pos++;
		while (this.pos < this.text.length) {
			const code = this.text.charCodeAt(this.pos);
			if (code === 0x22) {
				this.pos++;
				return;
			}
			if (code < 0x20) {
				this.fail('line break or control character inside a string');
			}
			this.pos += code === 0x5c ? this.escapeLength() : 1;
		}
		this.fail('unterminated string');
	}

	private escapeLength(): number {
		const next = this.text[this.pos + 1] ?? '';
		if (next !== '' && '"\\/bfnrt'.includes(next)) {
			return 2;
		}
		if (next === 'u' && [2, 3, 4, 5].every((i) => isHexDigit(this.text[this.pos + i]))) {
			return 6;
		}
		return this.fail('invalid escape sequence in a string');
	}

	private number(): void {
		const start = this.pos;
		if (this.text[this.pos] === '-') {
			this.pos++;
		}
		if (this.text[this.pos] === '0') {
			this.pos++;
		} else {
			this.digits(start);
		}
		if (this.text[this.pos] === '.') {
			this.pos++;
			this.digits(start);
		}
		if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
			this.pos++;
			if (this.text[this.pos] === '+' || this.text[this.pos] === '-') {
				this.pos++;
			}
			this.digits(start);
		}
	}

	private digits(numberStart: number): void {
		if (!isDigit(this.text[this.pos])) {
			this.fail('invalid number', numberStart);
		}
		while (isDigit(this.text[this.pos])) {
			this.pos++;
		}
	}

	private literal(): void {
		for (const word of ['true', 'false', 'null']) {
			if (this.text.startsWith(word, this.pos)) {
				this.pos += word.length;
				return;
			}
		}
		if (this.pos >= this.text.length) {
			this.fail('expected a value');
		}
		this.fail(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
	}

	private expect(char: string, message: string): void {
		this.skipSpace();
		if (this.text[this.pos] !== char) {
			this.fail(message);
		}
		this.pos++;
	}

	private skipSpace(): void {
		while (' \t\n\r'.includes(this.text[this.pos] ?? 'x')) {
			this.pos++;
		}
	}

	private fail(message: string, offset = this.pos): never {
		throw new ScanError(offset, this.pos >= this.text.length ? `${message} (the file ends too early)` : message);
	}
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}

function isHexDigit(char: string | undefined): boolean {
	return char !== undefined && (isDigit(char) || ('a' <= char.toLowerCase() && char.toLowerCase() <= 'f'));
}
