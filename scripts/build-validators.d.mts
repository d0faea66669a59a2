// Types for scripts/build-validators.mjs (used by the conventions test).
export const GENERATED: string;
export function generateValidator(): string;
