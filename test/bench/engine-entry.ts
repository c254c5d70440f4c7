/** What the bench times, bundled by `shipped-engine.ts` exactly as the server and CLI bundles are built. */
export { defaultConfig } from '../../server/src/config';
export { lint } from '../../server/src/lint';
export { parsePostmortem } from '../../server/src/model/parse';
