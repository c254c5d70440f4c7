/**
 * Verb forms: is a word a past tense or a past participle, and what is its base form ("caught" → "catch")
 * for rewrites such as "should have caught" → "did not catch". Irregular verbs come from
 * `data/verb-forms.json`; regular "-ed" forms are read by rule.
 */
import forms from './data/verb-forms.json';

const baseOfIrregular = new Map<string, string>();
const pastOfIrregular = new Map<string, string>();
for (const [base, past, participle] of forms.irregular) {
	baseOfIrregular.set(past, base);
	baseOfIrregular.set(participle, base);
	pastOfIrregular.set(participle, past);
	pastOfIrregular.set(base, past);
}
const doubledStems: ReadonlySet<string> = new Set(forms.doubledStems);
const eStems: ReadonlySet<string> = new Set(forms.eStems);

/** "-ed" forms and irregular past forms: "checked", "caught", "ran". */
export function isPastOrParticiple(word: string): boolean {
	return (word.length > 4 && word.endsWith('ed')) || baseOfIrregular.has(word);
}

/** The base form of a past form, or undefined when the word does not look like one. */
export function baseForm(word: string): string | undefined {
	const irregular = baseOfIrregular.get(word);
	if (irregular !== undefined) {
		return irregular;
	}
	if (word.length <= 4 || !word.endsWith('ed')) {
		return undefined;
	}
	if (word.endsWith('ied')) {
		return `${word.slice(0, -3)}y`;
	}
	const stem = word.slice(0, -2);
	const last = stem[stem.length - 1];
	if (last === stem[stem.length - 2] && doubledStems.has(stem.slice(0, -1))) {
		return stem.slice(0, -1);
	}
	return needsFinalE(stem) ? `${stem}e` : stem;
}

// consonant + "at" (escalat-ed), a soft c/g, v, z or u never end an English base form.
const finalEPattern = /(?:[^aeiou]at|[cvzu]|[nrd]g)$/;

function needsFinalE(stem: string): boolean {
	return eStems.has(stem) || finalEPattern.test(stem);
}

/** Simple past for a participle ("run" → "ran", "checked" → "checked"). */
export function simplePast(participle: string): string {
	return pastOfIrregular.get(participle) ?? participle;
}
