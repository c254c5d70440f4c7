import { vague } from '../../../../server/src/rules/action-item/vague';
import { checkRule } from '../../helpers';

/**
 * The object test: what will exist or be different when the item is closed is read from the head of the
 * object's first phrase and from what measures or spells it out, not from the names around it.
 */
suite('action-item/vague: the object decides', () => {
	test('an improvement of named things with no measure, means or result names only where', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Tune|] the Kafka consumer settings on the ingest cluster',
			'- [|Optimise|] the Airflow DAGs and Trino queries in the reporting stack',
		]);
	});

	test('an improvement with a measure, a means or a result is quiet', () => {
		checkRule(vague, [
			'## Action items',
			'- Tune the Kafka consumer settings so rebalances finish within 30 s',
			'- Optimise the Trino reporting queries by adding a partition filter on `event_date`',
			'- Increase the number of ingest workers on the Kafka cluster',
		]);
	});

	test('digits inside a name are no measure: "e2e", "k8s", "ISO 27001", "phase 2"', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Improve|] the reliability of the k8s e2e suite',
			'- [|Strengthen|] the access controls for ISO 27001',
			'- [|Streamline|] the phase 2 rollout process',
		]);
	});

	test('an investigation of an area or a class of problems is vague whatever it names', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Research|] good practices for Terraform state management',
			'- [|Investigate|] issues with the Cassandra ring',
			'- [|Dig into|] gaps in the Loki logging pipeline',
		]);
	});

	test('an investigation of a named thing, a question or a measure is quiet', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate why the Cassandra repair job skipped node 4 on Sunday',
			'- Investigate the p99 latency of `search-api` above 300 ms at 2k rps',
		]);
	});

	test('closing or capturing a class of problems names no outcome; filing them names tickets', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Close the gaps|] found in the DR rehearsal',
			'- [|Resolve|] the weak points of the DR rehearsal',
			'- File issues for every failed check in the DR rehearsal report',
		]);
	});

	test('a hedge before a change to a particular thing names what will exist; a look still needs code or a number', () => {
		checkRule(vague, [
			'## Action items',
			'- Perhaps move the nightly exports to the batch node pool',
			'- maybe we could add a circuit breaker to the geocoding client?',
			'- try moving the PDF rendering to its own worker pool',
			'- [|Maybe|] add more alerts',
			'- [|Look into|] adding caching to the search endpoint',
		]);
	});

	test('a terse statement of the state a thing ends in is a change; "so" inside a name is no purpose', () => {
		checkRule(vague, [
			'## Action items',
			'- Admin VPN: hardware keys only, TOTP disabled',
			'- set SO_REUSEPORT on the ingest listener sockets',
		]);
	});

	test('"more X" says how much only with a number, whatever place it names', () => {
		checkRule(vague, [
			'## Action items',
			'- [|More integration tests|] for the Helm charts',
			'- add [|more tracing|] around the checkout saga',
			'- Buy 12 more YubiKeys for the new support hires',
			'- Add more tests for the refund path when the PSP answers HTTP 409',
		]);
	});

	test('a later clause that makes a particular thing or records the answer closes an open opening', () => {
		checkRule(vague, [
			'## Action items',
			'- Look into the TLS handshake errors on the Paris edge: open a Cloudflare support case with the HAR files attached',
			'- Investigate the stuck `invoice_rollup` run and write the root cause into FIN-881',
			'- [|Look into|] the handshake errors; fix them',
		]);
	});

	test('an improvement is closed by a result with a number or code, not by any result', () => {
		checkRule(vague, [
			'## Action items',
			'- Improve the dedupe stage of the events pipeline so the duplicate rate on `events_clean` stays under 0.5%',
			'- [|Improve|] the dedupe stage of the events pipeline so it is faster',
			'- Refactor the NUnit suites -> xUnit so they run on Linux agents',
		]);
	});

	test('a decision word that modifies a noun or labels the item decides nothing; choosing something particular does', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Research|] alternatives for the recommendation service',
			'- Compare Velero and Kasten for namespace backups and pick one',
			'- [|Review|] alert fatigue across the SOC, then decide next steps',
		]);
	});

	test('an improvement whose purpose is a change to a named thing, or reached through a wrapper with its measure, is concrete', () => {
		checkRule(vague, [
			'## Action items',
			'- Harden the kubelet config to disable anonymous auth',
			'- Follow up with GCP support to raise the SSD quota to 40 TB',
			'- [|Harden|] the kubelet config to catch attacks earlier',
		]);
	});

	test('work named by its area, and a thing brought into a better place, name no outcome', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Hardening|] work on the partner API gateway',
			'- [|Stability work on the ledger service|]',
			'- [|Get our Helm release process in a better place|]',
		]);
	});

	test('an answer recorded in a named tracker item closes a look; "make it better" and a doubted goal commit to nothing', () => {
		checkRule(vague, [
			'## Action items',
			'- Look into why the `ledger_close` job ran twice on Monday and write the findings into FIN-204',
			'- [|Check|] the throughput of the importer and make it better',
			'- [|find a way to shard|] the sessions table if there is one',
			'- prob. worth adding a `--since` flag to `auditctl export`',
		]);
	});

	test('"extra", "additional" and "some" ask an amount; a backlog of problems is the problems', () => {
		checkRule(vague, [
			'## Action items',
			'+ [|Extra guardrails|] for the quarter-end close',
			'- Give the ingest workers [|some attention|] before peak season',
			'- [|Work through the backlog of security findings from the pen test|]',
			'- Add 2 extra replicas to the `search` deployment',
		]);
	});

	test('an area named as a noun phrase is vague however its names are written', () => {
		checkRule(vague, ['## Action items', '- [|Overall tidiness sweep on the Terraform modules|]', '- [|Continue the hardening effort|] for the MQTT brokers']);
	});

	test('an area said to need work, an impact or risk limited with no end state, and another go at something are vague', () => {
		checkRule(vague, [
			'## Action items',
			'- [|The paging story for the billing platform needs work|]',
			'- [|Limit the impact|] of bad feature-flag pushes',
			'- [|Have another go at|] the flaky Cypress suite',
			'- Limit the impact of bad feature-flag pushes to one region at a time',
		]);
	});

	test('an improvement into a particular new form is concrete; visibility into something is not', () => {
		checkRule(vague, [
			'## Action items',
			'- Streamline the release checklist into a single GitHub Actions workflow',
			'- [|Improve|] visibility into the payment queue',
		]);
	});

	test('a passive request is its verb done to its subject; more of the same work names no outcome', () => {
		checkRule(vague, [
			'## Action items',
			'- Paging for the ledger queue should be [|strengthened|]',
			'- It is recommended that the DR arrangements are [|reviewed|]',
			'- The runbooks must be updated to include the Patroni failover steps',
			'- [|Further work on the fraud model drift detection|]',
			'- Ongoing [|improvements|] to the payment retries',
		]);
	});

	test('a passive change request is read as the change; a review on a schedule is a standing mechanism', () => {
		checkRule(vague, [
			'## Action items',
			'- Legacy SMB share to be decommissioned by Q2 (INFRA-31)',
			'- The firewall change log is to be reviewed weekly by the CAB',
			'- [|Review|] the firewall change log',
		]);
	});

	test('a placeholder thing or situation, chat fillers and a "to" that joins nouns inside a phrase leave the object generic', () => {
		checkRule(vague, [
			'## Action items',
			'- lol we gotta [|fix the release thing|]',
			'- [|Solve|] the problems with the connector to Salesforce',
			'- Move the nightly exports from the API pods to the batch node pool',
		]);
	});

	test('a problem defined by its own clause or picked out by identifiers is particular; one that only points back is not', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate the issue where the importer drops rows after a schema change',
			'- Address findings F-2 and F-9 from the access review',
			'- Fix the problem that causes duplicate refunds on webhook retries',
			'- Close the alerting gap on the ledger queue with a consumer-lag alert',
			'- [|Address|] the tech debt that contributed to this',
		]);
	});

	test('an identifier with a year in it is no measure; a verb of choosing after a determiner decides nothing', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Strengthen|] our controls around admin access, per audit finding AF-2026-31',
			'- [|optimise|] the pick path stuff in the WMS',
		]);
	});

	test('an improvement "with a" thing added names its means; "with a view to" or "with the vendor" does not', () => {
		checkRule(vague, [
			'## Action items',
			'- Strengthen the account recovery flow with a second factor',
			'- [|Strengthen|] the account recovery flow with a view to fewer takeovers',
			'- [|Strengthen|] the account recovery flow with the identity team',
		]);
	});

	test('with no verb, an opening "better" or "stronger" is all the item asks, whatever it names', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Stronger|] guardrails for Terraform applies',
			'- [|Better|] alerting for the Kafka consumers',
			'- Better alerting on the Kafka consumers: page when lag exceeds 50k messages',
		]);
	});
});

