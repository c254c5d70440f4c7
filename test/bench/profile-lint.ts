/** Profiling aid: `node --import tsx --cpu-prof test/bench/profile-lint.ts [medium|large|real] [runs]`. */
import { defaultConfig } from '../../server/src/config';
import { lint } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import { benchDocumentNamed } from './documents';

const which = process.argv[2] ?? 'medium';
const runs = Number(process.argv[3] ?? 2000);
const document = benchDocumentNamed(which);
const today = new Date(Date.UTC(2026, 10, 23));
const started = performance.now();
for (let index = 0; index < runs; index++) {
	lint(parsePostmortem(document.text), { config: defaultConfig, today });
}
console.log(`${document.name}: ${((performance.now() - started) / runs).toFixed(2)} ms per parse + lint`);
