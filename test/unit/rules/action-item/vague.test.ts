import assert from 'node:assert/strict';
import { vague } from '../../../../server/src/rules/action-item/vague';
import { checkRule, runRule } from '../../helpers';
import { strongDocument, tableHeader } from './forms';

suite('action-item/vague', () => {
	test('fires on a vague verb with no concrete object, in list, task and table form', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Improve|] monitoring',
			'- [ ] [|Investigate|] the database',
			'- [|Look into|] better alerting',
			'- [|Review|] our process',
			'',
			...tableHeader,
			'| [|Consider|] moving sessions to Redis | @web | 2026-12-15 | WEB-12 |',
		]);
	});

	test('fires on catch-alls, "more" without a measure, and a generic object', () => {
		checkRule(vague, [
			'## Action items',
			"- Make sure this doesn't [|happen again|]",
			'- [|Ensure|] backups work',
			'- Add [|more tests|]',
			'- [|Update documentation|]',
			'- Prevent [|similar incidents|]',
		]);
	});

	test('reads the action after a bold label, a "Label:", "we should" or a subject', () => {
		checkRule(vague, [
			'## Action items',
			'- **Alerting**: [|improve|] coverage',
			'- We should [|revisit|] the on-call process',
			'- TBD: [|something around|] alert routing',
			'- The platform team will [|review|] its processes',
		]);
	});

	test('knows verbs by class, in any inflection, not by a list of wordings', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Deep-dive into|] the memory usage',
			'- [|Tidying up|] the alert configuration',
			'- The retry logic needs a [|rethink|]',
			'- [|Circle back on|] the DNS question',
			'- [|Work with the vendor to improve|] stability',
			'- [|Keep investigating|] the intermittent 502s',
			'- Find a way to detect this [|earlier|]',
			'- [|Revisiting|] our alert thresholds',
		]);
	});

	test('an unknown verb falls back on its object', () => {
		checkRule(vague, ['## Action items', '- [|Overhaul|] the alerting', '- Sunset the v1 export endpoint on 2027-02-01', '- [|Modularise the codebase|]', '- [|Reshuffle the things|]']);
	});

	test('a noun phrase is judged by its words', () => {
		checkRule(vague, ['## Action items', '- [|More dashboards|]', '- [|Monitoring improvements|]', '- [|Better|] capacity planning for Black Friday', '- Comprehensive load testing of checkout-api at 3x peak']);
	});

	test('"better", "faster" and "more robust" need a measure', () => {
		checkRule(vague, [
			'## Action items',
			'- Make the billing pipeline [|faster|]',
			'- Make the deploy pipeline [|more robust|]',
			'- Make the billing pipeline faster: p95 under 4 minutes',
			'- [ ] Make Kafka consumers [|more robust|] (DATA-50)',
			'- Set up better Grafana dashboards to monitor resource usage',
		]);
	});

	test('an assurance needs a state, not a quality', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Make sure|] deploys are safer',
			'- [|Ensure|] the system is resilient to node failures',
			'- Make sure user pods are in a separate pool from the core pods',
			'- Ensure the nightly backup job uploads to a second region',
		]);
	});

	test('is quiet on the strong item in every form', () => {
		assert.deepEqual(runRule(vague, strongDocument.join('\n')), []);
	});

	test('is quiet when the object is concrete or the item commits to a change', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate whether grafana-agent memory can be capped at 512 MiB',
			'- Improve the p99 latency of search-api to under 300 ms',
			'- Ensure the runbook for queue backlog links the purge command',
			'- Investigate and fix the memory leak in the culler',
			'- Consider moving sessions to Redis; decide in an ADR',
			'- Move grafana-agent to the monitoring node group',
			'- Find a way to limit HTTP requests to the JupyterHub under high load',
			'- Work with AWS to raise the EBS quota to 500 volumes',
			'- Investigating allowing deletion of users whose servers are slow to stop',
			'- Decrease the DNS TTL for api.example.com from 3600 to 60 seconds',
			'- Make `--dry-run` the default of the cleanup script',
		]);
	});

	test('quiet in table, task and bold-label forms when concrete', () => {
		checkRule(vague, [
			'## Action items',
			'- [ ] Cap the worker pool of image-resizer at 16 threads',
			'- **Process**: add a required "rollback plan" field to the change request template',
			'',
			...tableHeader,
			'| Put PgBouncer in front of orders-db in transaction mode | @data | 2026-12-15 | DATA-4 |',
		]);
	});

	test('reads the second of two opening verbs, unless the first commits to a change', () => {
		checkRule(vague, [
			'## Action items',
			'- Triaged and [|looking into|] the remaining flaky builds',
			'- Document and think about the overcommit ratio for notebook pods',
		]);
	});

	test('a hedged second verb still commits to a change; "more logs" says how much only with a number, wherever they go', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate the slow builds, and possibly limit concurrent builds per repository',
			'- Add [|more logs|] to the token refresh path',
			'- Add [|more logs|]',
		]);
	});

	test('an explanation after the action does not make it concrete, nor vague', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Investigate|] the timeout issue, which may be due to the overloaded Hub',
			'- Implement priority classes for critical workloads: without them this will happen again.',
		]);
	});

	test('leaves done items and people-fixes alone', () => {
		checkRule(vague, ['## Action items', '- [x] Improve monitoring', '- Improve monitoring (done)', '- Communicate better with support']);
	});

	test('does not read "consider" in the middle of a report as the action', () => {
		checkRule(vague, ['## Action items', '- The researcher recommended we consider signing releases; the committee voted against it.']);
	});

	// The default follows the principle: an opening the lexicon does not class as a change shows its
	// outcome by its object, or it is vague, whatever its verb.
	test('an unclassed opening with no evidence of an outcome is vague, in list, task and table form', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Wrangle our cloud spend|]',
			'- [ ] [|Draft a roadmap|] for platform maturity',
			'* [|Gain visibility into queues|]',
			'- **Reliability**: [|fewer surprises|]',
			'- [|Put some safeguards around deploys|]',
			'',
			...tableHeader,
			'| [|Wrangle the noise|] | @sre | 2026-12-15 | SRE-9 |',
		]);
	});

	test('an unclassed opening is concrete with a name, code, a number or a definite thing', () => {
		checkRule(vague, [
			'## Action items',
			'- Kafka: min.insync.replicas 1 → 2 on the orders cluster',
			'- Sunset the legacy billing exporter',
			'- Decommission `billing-v1`',
			'- Scheduled autoscaling for the search tier',
			'- Spike: can the ingest cluster run on Graviton? Answer in ING-40',
			'',
			...tableHeader,
			'| Sunset `legacy-sessions` | @web | 2026-12-15 | WEB-3 |',
		]);
	});

	test('a plan or an understanding as the deliverable needs a named thing', () => {
		checkRule(vague, ['## Action items', '- [|Write up a plan|] for resilience', '- Write up a plan for moving orders-db to Postgres 16', '- [|Get a grip on|] our costs']);
	});

	test("an item's owner, due date or ticket is no evidence of an outcome, however it is written", () => {
		checkRule(vague, [
			'## Action items',
			'- **Action:** [|Ensure|] appropriate safeguards are in place for data deletion **Owner:** @data-eng **Due:** 2026-12-20',
			'- [|Optimize|] database queries (owner: backend team, Q1)',
			'- [|Improve|] alerting (owner: Priya, 2026-12-10)',
			'',
			...tableHeader,
			'| [|Improve|] monitoring and alerting | @sre | 2026-12-15 | OPS-1270 |',
		]);
	});

	test('an -ing word before a head noun modifies it; a hyphenated word\'s last part is no head', () => {
		checkRule(vague, ['## Action items', '- [|Alerting improvements|] around cloud spend', '- Page on-call when replica lag on orders-db exceeds 30 s for 5 minutes']);
	});

	test('a goal worked out and then written into a named place commits to a change', () => {
		checkRule(vague, [
			'## Action items',
			'- Figure out the right `max_client_conn` for pgbouncer and set it in `values-prod.yaml`',
			'- Figure out the safe batch size for the invoice job and hard-code it in `invoice/config.py`',
			'- [|Figure out|] the right pool size and think about it',
		]);
	});

	test('a question that hedges, "more" of a kind of thing, and an adverb name no outcome', () => {
		checkRule(vague, [
			'## Action items',
			'- Should we [|maybe|] revisit how we make DNS changes?',
			'- [|More unit tests|], owner: @backend, due: 2027-01-05',
			'- [|Update the documentation accordingly.|]',
			'- [|Make sure|] we have proper alerting in place for certificates',
		]);
	});

	test('an exploration that names its deliverable is closed by it', () => {
		checkRule(vague, [
			'## Action items',
			'- Explore moving `thumbnailer` from EC2 to Lambda; the deliverable is a one-page cost and latency comparison',
			'- Explore whether Cloudflare rate limiting can replace our nginx limiter; outcome is a go/no-go note',
			'- [|Explore|] moving `thumbnailer` from EC2 to Lambda',
		]);
	});

	test('a goal with no means named needs a name, a number or a target in its purpose', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Take steps|] to prevent a repeat of this incident (owner: CTO)',
			'- [|Put measures in place|] to reduce the risk of data loss',
			'- [|Would it make sense|] to look again at our retry policy?',
			'- Take steps to keep p99 under 200 ms on checkout-api',
			'- Add a step to the deploy pipeline to run smoke tests',
			'- **Load testing framework**: Production-scale testing to catch load-dependent issues before deployment',
			'- Script updated to handle pagination and ensure correct checksum retrieval.',
		]);
	});

	test('a general verb done to "something" commits to nothing', () => {
		checkRule(vague, ['## Action items', '- [|Do something|] about the flaky integration tests', '- Do a restore of the orders database from the 02:00 snapshot']);
	});

	test('a thing brought into a quality, or a state that only says it will be fine, has no measure', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Get alerting right|] for the new region',
			'- [ ] [|Get our house in order|] on secrets management',
			'- [|Keep the queue under control|]',
			'- Put the orders-db replica in read-only mode',
			'- Make the reliable path the default for orders-api',
		]);
	});

	test('a non-committal opening is closed by a result it names "so that" it can be checked', () => {
		checkRule(vague, ['## Action items', '- Revisit the alert routing so that SEV1 pages go to #inc-sev1 and the secondary after 5 min', '- [|Revisit|] the alert routing so that pages are faster']);
	});

	test('a prevention of the incident itself is a catch-all; a wrapper read through to a change decides', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Prevent this|] from recurring (owner: @payments-lead, due: 2027-01-05)',
			'- [|Avoid it|] in future',
			'- Prevent this job from running twice on the same node',
			'- Follow up with AWS support to get the EBS volume limit raised to 500 per region',
		]);
	});

	test('a bold title that is a sentence is the action, even before a sentence the model reads as a report', () => {
		checkRule(vague, [
			'## Action items',
			'1. **[|Improve|] observability.** We lacked insight into the worker pool during the incident. Owner: @obs',
			'2. **Add a synthetic check.** Probe /healthz on checkout-api from three regions every minute.',
			'',
			'## Completed actions',
			'- **Improve observability.** We lacked insight into the worker pool during the incident.',
		]);
	});

	test('a tense, a time and a change made only as needed are no evidence; a parenthesis spelling out the change is', () => {
		checkRule(vague, [
			'## Action items',
			'- We will [|be looking at|] ways to improve the robustness of our deployment tooling over the coming quarter.',
			'* [ ] [|Prioritise reliability work in the next planning cycle|]',
			'- [|Review|] and update our incident runbooks as needed',
			'- Investigate and fix the memory leak in the culler',
			'* [ ] Prioritise INFRA-210 (move etcd to dedicated nodes) in the next planning cycle',
			'- [|Investigate|] the outage further and report back',
			'- Wrap every call to the fraud API in the shared circuit breaker (`lib/breaker`)',
			'- [|Schedule a call|] to discuss the cutover',
			'- Look at the alerting setup for orders-db and lower the replica lag threshold to 10 s',
			'- Rotate all API keys issued before 2026-11-01',
			'- [|Improve|] alerting before 2026-12-01',
			'1. **Perf:** [|faster|] page loads',
			'2. [|Investigate|] options for multi-AZ Redis',
			'- Investigate options for multi-AZ Redis and pick one in ADR-9',
			'2. [|Some kind of rate limiting|]',
			'- Ask the payments provider for a webhook on settlement failures; track in PAY-301',
			'- [|Ask|] the vendor for help',
			'- [|Stabilise the DAGs|]',
			'- Move the DAGs to Airflow 2.9',
		]);
	});

	test('team phrases extend the non-committal openings', () => {
		checkRule(vague, ['## Action items', '- [|Noodle on|] the queue design'], { phrases: { 'action-item/vague': ['noodle on'] } });
	});

	test('fires on an improvement whose head is an area and whose names say only where', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Improve|] alerting across Kafka, Flink and Spark',
			'- [|Strengthen|] the security posture of the EKS clusters',
			'* [|Harden|] the Redis and Memcached setup (OPS-77)',
		]);
	});

	test('is quiet when the improvement names a measure or spells out the change later', () => {
		checkRule(vague, [
			'## Action items',
			'- Improve caching in the orders API: add a read-through cache for product lookups',
			'- Optimise the build setup for ci-runner-7 by pinning the base image',
			'- Improve the ingest performance of events-api to 5k rps',
		]);
	});

	test('fires on assurance of an area or an adequacy, a prevention of the incident\'s kind, and a thing not yet thought of', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Ensure|] conformance with PCI DSS going forward',
			'- [ ] [|Make sure|] the replicas are fine',
			'- [|Prevent similar|] config leaks in future',
			'* TBD: [|something for|] the cron overlap',
		]);
	});

	test('is quiet on assurance of a checkable state and a prevention by a named means', () => {
		checkRule(vague, [
			'## Action items',
			'- Ensure every S3 bucket has versioning enabled',
			'- Prevent duplicate charges by adding an idempotency key to POST /charges',
			'1. A status page will be set up to tell customers about outages',
		]);
	});

	test('is quiet when a hedged opening is closed later: a change with code or a number, an answer acted on, a definition of done', () => {
		checkRule(vague, [
			'## Action items',
			'- Maybe add a `--max-retries` flag to the export job',
			'- Have a look at adding `set -euo pipefail` to deploy.sh',
			'- Not urgent, but let\'s add a disk alert at 85% on the Kafka brokers',
			'- Look into whether the 502s came from the ALB idle timeout; if so, raise it to 120 s in `alb.tf`',
			'- Chase the vendor about the TLS handshake errors; done when their fix is deployed to our staging tenant',
		]);
	});

	test('still fires on a deliberation, an unmeasured hedge, and an answer acted on with nothing named', () => {
		checkRule(vague, ['## Action items', '- [|Consider|] moving to Postgres 16', '- [|Maybe|] add more alerts', '- [|Look into|] the flaky tests, if so fix them']);
	});

	test('is quiet on a concrete change whose purpose clause states a result, and on an activity moved', () => {
		checkRule(vague, [
			'## Action items',
			'- Shard the render queue per tenant so one large customer no longer delays everyone else',
			'- Move report generation from the API pods to a nightly batch job (REP-12)',
		]);
	});

	test('fires on a placeholder for a thing not yet thought of, whatever follows it', () => {
		checkRule(vague, ['## Action items', '- tbd - [|something|] re: connection limits', '- TODO: set `lock_timeout` to 5s - something like that']);
	});
});
