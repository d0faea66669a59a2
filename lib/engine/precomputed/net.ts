// compromise's match net, encoded when the package is built (scripts/precompute.mjs puts it here); null from source.
export const PRECOMPUTED_NET: string | null = null;
