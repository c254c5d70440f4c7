/**
 * A focused structural check of a SARIF 2.1.0 log against what the spec and GitHub code scanning
 * require (no network, no full schema): returns one message per violation.
 */

const levels = ['none', 'note', 'warning', 'error'];

type Json = Record<string, unknown>;

export function sarifProblems(log: unknown): string[] {
	const problems: string[] = [];
	const check = (ok: boolean, message: string): void => {
		if (!ok) {
			problems.push(message);
		}
	};
	if (!isObject(log)) {
		return ['log is not an object'];
	}
	check(typeof log.$schema === 'string', '$schema is missing');
	check(log.version === '2.1.0', 'version is not 2.1.0');
	if (!Array.isArray(log.runs) || log.runs.length !== 1 || !isObject(log.runs[0])) {
		return [...problems, 'runs must hold exactly one run'];
	}
	const run = log.runs[0];
	const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
	if (driver === undefined) {
		return [...problems, 'run.tool.driver is missing'];
	}
	check(typeof driver.name === 'string' && driver.name !== '', 'driver.name is missing');
	check(isAbsoluteUri(driver.informationUri), 'driver.informationUri is not an absolute URI');
	check(typeof driver.version === 'string' && driver.version !== '', 'driver.version is missing');
	const rules = Array.isArray(driver.rules) ? driver.rules : [];
	check(Array.isArray(driver.rules), 'driver.rules is not an array');
	checkRules(rules, check);
	check(Array.isArray(run.results), 'run.results is not an array');
	for (const [index, result] of (Array.isArray(run.results) ? run.results : []).entries()) {
		checkResult(result, rules, (ok, message) => check(ok, `results[${index}]: ${message}`));
	}
	return problems;
}

type Check = (ok: boolean, message: string) => void;

function checkRules(rules: unknown[], check: Check): void {
	const ids = new Set<unknown>();
	for (const [index, rule] of rules.entries()) {
		if (!isObject(rule)) {
			check(false, `rules[${index}] is not an object`);
			continue;
		}
		check(typeof rule.id === 'string' && !ids.has(rule.id), `rules[${index}].id is missing or repeated`);
		ids.add(rule.id);
		check(isObject(rule.shortDescription) && typeof rule.shortDescription.text === 'string', `rules[${index}].shortDescription.text is missing`);
		check(isAbsoluteUri(rule.helpUri), `rules[${index}].helpUri is not an absolute URI`);
		const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
		check(levels.includes(level as string), `rules[${index}].defaultConfiguration.level is invalid`);
	}
}

function checkResult(result: unknown, rules: unknown[], check: Check): void {
	if (!isObject(result)) {
		check(false, 'is not an object');
		return;
	}
	check(typeof result.ruleId === 'string', 'ruleId is missing');
	const rule = typeof result.ruleIndex === 'number' ? rules[result.ruleIndex] : undefined;
	check(isObject(rule) && rule.id === result.ruleId, 'ruleIndex does not point at the rule with ruleId');
	check(levels.includes(result.level as string), 'level is invalid');
	check(isObject(result.message) && typeof result.message.text === 'string' && result.message.text !== '', 'message.text is missing');
	const locations = Array.isArray(result.locations) ? result.locations : [];
	check(locations.length > 0, 'has no locations (code scanning needs one)');
	for (const location of locations) {
		const physical = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation : {};
		const uri = isObject(physical.artifactLocation) ? physical.artifactLocation.uri : undefined;
		check(typeof uri === 'string' && !uri.includes('\\') && !uri.startsWith('/'), `artifactLocation.uri ${String(uri)} is not a relative forward-slash URI`);
		checkRegion(isObject(physical.region) ? physical.region : {}, check);
	}
}

function checkRegion(region: Json, check: Check): void {
	const { startLine, startColumn, endLine, endColumn } = region;
	const positive = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;
	check([startLine, startColumn, endLine, endColumn].every(positive), 'region lines and columns must be 1-based integers');
	check((endLine as number) >= (startLine as number), 'region ends before it starts');
	check(endLine !== startLine || (endColumn as number) >= (startColumn as number), 'region ends before it starts');
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteUri(value: unknown): boolean {
	if (typeof value !== 'string') {
		return false;
	}
	try {
		return new URL(value).protocol !== '';
	} catch {
		return false;
	}
}
