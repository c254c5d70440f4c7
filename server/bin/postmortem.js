#!/usr/bin/env node
'use strict';
require('../../dist/cli.js').main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error) => {
		process.stderr.write(`postmortem: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 2;
	},
);
