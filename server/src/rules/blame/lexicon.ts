/**
 * The closed word classes the blame rules reason with (pronouns, role and team nouns, auxiliaries,
 * prepositions, …), loaded once from `data/lexicon.json` and `data/given-names.json` into sets.
 */
import names from './data/given-names.json';
import lexicon from './data/lexicon.json';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

export const personPronouns = set(lexicon.personPronouns);
export const selfPronouns = set(lexicon.selfPronouns);
export const personPossessives = set(lexicon.personPossessives);
export const systemPronouns = set(lexicon.systemPronouns);
export const roleNouns = set(lexicon.roleNouns);
export const ambiguousRoles = set(lexicon.ambiguousRoles);
export const systemModifiers = set(lexicon.systemModifiers);
export const teamNouns = set(lexicon.teamNouns);
export const skipBeforeVerb = set(lexicon.skipBeforeVerb);
export const auxiliaries = set(lexicon.auxiliaries);
export const copulas = set(lexicon.copulas);
export const negations = set(lexicon.negations);
export const boundaryWords = set(lexicon.boundaryWords);
export const relativePronouns = set(lexicon.relativePronouns);
export const prepositions = set(lexicon.prepositions);
export const determiners = set(lexicon.determiners);
export const incidentNouns = set(lexicon.incidentNouns);
export const actNouns = set(lexicon.actNouns);
export const conductNouns = set(lexicon.conductNouns);
export const mistakeNouns = set(lexicon.mistakeNouns);
export const outsiders = set(lexicon.outsiders);
export const hostileModifiers = set(lexicon.hostileModifiers);
export const attemptVerbs = set(lexicon.attemptVerbs);
export const unmetTargets = set(lexicon.unmetTargets);
export const hypotheticalModals = set(lexicon.hypotheticalModals);
export const cognitionParticiples = set(lexicon.cognitionParticiples);
export const futureMarkers = set(lexicon.futureMarkers);
export const plannedMarkers = set(lexicon.plannedMarkers);
export const givenNames = set(names.names);

/** Multi-word markers, each a sequence of normalised words. */
export const explanationMarkers: readonly (readonly string[])[] = lexicon.explanationMarkers;
export const metaMarkers: readonly (readonly string[])[] = lexicon.metaMarkers;
