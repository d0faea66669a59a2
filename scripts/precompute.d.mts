// Types of scripts/precompute.mjs, for wxt.config.ts.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function precomputed(): Promise<{ net: string; tables: string }>;
export function precomputedEsbuild(): EsbuildPlugin;
export function precomputedVite(): VitePlugin;
