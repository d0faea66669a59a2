// The engine's public API, shared by the CLI, the extension's pages and scripts (grammar backend installed).
import { installDefaultNlp } from './engine/nlp-backend';

installDefaultNlp();
export { analyze, clearAnalysisCache, setRuleErrorHandler } from './analyze';
export { rules, rulesById } from './rules';
export { parseRuleSet, checkRuleSet, type RuleSet } from './config/rule-set';
export { ruleSetToEngineConfig } from './config/resolve-config';
export { presetConfig, presetRuleIds } from './config/presets';
export * from './engine/types';
export { installDefaultNlp } from './engine/nlp-backend';
export { NlpNotReady } from './engine/nlp';
