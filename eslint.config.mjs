// Lint rules that protect the architecture and the user: no `vscode` in the server or the webview, no
// floating promises, and no regular expression that can backtrack super-linearly on hostile text.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '.e2e/**', '.bench/**', '.scratch*/**', '**/*.mjs', '**/*.js'] },
	...tseslint.configs.recommended,
	regexp.configs['flat/recommended'],
	{
		files: ['**/*.ts'],
		languageOptions: {
			parserOptions: {
				project: ['./tsconfig.json', './client/tsconfig.json', './client/webview/tsconfig.json', './test/e2e/tsconfig.json'],
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
			'regexp/no-super-linear-move': 'error',
			eqeqeq: 'error',
		},
	},
	{
		files: ['server/**/*.ts', 'client/webview/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The server and the webview run outside VS Code.' }] }],
		},
	},
	{
		files: ['client/webview/**/*.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{ property: 'innerHTML', message: 'Build DOM nodes with textContent; never HTML from document text.' },
				{ property: 'outerHTML', message: 'Build DOM nodes with textContent; never HTML from document text.' },
				{ property: 'insertAdjacentHTML', message: 'Build DOM nodes with textContent; never HTML from document text.' },
			],
			'no-eval': 'error',
			'no-implied-eval': 'error',
		},
	},
);
