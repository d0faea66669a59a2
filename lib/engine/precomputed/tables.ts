// The built-in phrase tables' indexes, encoded when the package is built (scripts/precompute.mjs puts them here); null from source.
export const PRECOMPUTED_TABLES: string | null = null;
