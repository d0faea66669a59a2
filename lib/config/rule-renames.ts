// Rule ids that changed, old → new, so stored settings and imported files that name an old id keep working.
// Add an entry whenever a rule is renamed; a test checks every target exists.
export const RULE_RENAMES: Readonly<Record<string, string>> = {};
