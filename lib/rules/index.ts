// The registry: every rule the engine knows, in alphabetical order of id (a test keeps it sorted and complete).
import type { Rule } from '../engine/types';
import acknowledgeFeelings from './acknowledge-feelings';
import answerTheQuestion from './answer-the-question';
import noAssumptions from './no-assumptions';
import noBlameShifting from './no-blame-shifting';
import noDefensiveness from './no-defensiveness';
import noDismissiveLanguage from './no-dismissive-language';
import noJargon from './no-jargon';
import noOverpromising from './no-overpromising';
import noPolicyHiding from './no-policy-hiding';
import noRepeatRequests from './no-repeat-requests';
import noScriptedPhrases from './no-scripted-phrases';
import noVagueCommitments from './no-vague-commitments';
import teamPhrases from './team-phrases';

export const rules: readonly Rule[] = [
  acknowledgeFeelings,
  answerTheQuestion,
  noAssumptions,
  noBlameShifting,
  noDefensiveness,
  noDismissiveLanguage,
  noJargon,
  noOverpromising,
  noPolicyHiding,
  noRepeatRequests,
  noScriptedPhrases,
  noVagueCommitments,
  teamPhrases,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
