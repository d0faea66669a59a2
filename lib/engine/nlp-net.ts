// compromise's post-tagger match net, encoded at build time and revived at the first tagging instead of parsed then.
//
// compromise builds the net on its first tagging by parsing its 570 match patterns: about 35 ms of the first
// analysis, the same work with the same result every time for one compromise version. The build does it once
// (scripts/precompute.mjs) and the engine revives the result. Another compromise version, or no encoded net
// (running from source), leaves compromise to build it as usual.

/** One parsed match token, as compromise's parseMatch writes it (only what the encoding touches is typed). */
interface NetToken {
  fastOr?: Set<string> | string[];
  regex?: RegExp | [string, string];
  choices?: NetToken[][];
  [k: string]: unknown;
}

interface NetMatch {
  match: string;
  regs: NetToken[];
  notIf?: NetToken[];
  [k: string]: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface World {
  model: { two: { matches: object[] } };
  methods: { one: { buildNet(matches: object[], world: World): Net } };
}

export interface Compromise {
  version: string;
  world(): unknown;
}

interface Encoded {
  version: string;
  matches: NetMatch[];
  hooks: Record<string, number[]>;
  always: number[];
}

function encodeTokens(tokens: NetToken[]): NetToken[] {
  return tokens.map((t) => {
    const out: NetToken = { ...t };
    if (t.fastOr instanceof Set) out.fastOr = [...t.fastOr];
    if (t.regex instanceof RegExp) out.regex = [t.regex.source, t.regex.flags];
    if (t.choices) out.choices = t.choices.map(encodeTokens);
    return out;
  });
}

function reviveTokens(tokens: NetToken[]): void {
  for (const t of tokens) {
    if (Array.isArray(t.fastOr)) t.fastOr = new Set(t.fastOr);
    if (Array.isArray(t.regex)) t.regex = new RegExp(t.regex[0], t.regex[1]);
    if (t.choices) for (const c of t.choices) reviveTokens(c);
  }
}

/** compromise's own net for its match patterns, built on copies (building fills in the patterns it is given). */
export function buildNet(nlp: Compromise): Net {
  const world = nlp.world() as World;
  return world.methods.one.buildNet(world.model.two.matches.map((m) => ({ ...m })), world);
}

/** The net as JSON: each match once, the hooks as positions in that list, sets and regular expressions as arrays. */
export function encodeNet(nlp: Compromise): string {
  const net = buildNet(nlp);
  const matches: NetMatch[] = [];
  const ids = new Map<NetMatch, number>();
  const id = (m: NetMatch) => {
    let i = ids.get(m);
    if (i === undefined) {
      ids.set(m, (i = matches.length));
      matches.push(m);
    }
    return i;
  };
  const hooks: Record<string, number[]> = {};
  for (const k of Object.keys(net.hooks)) hooks[k] = net.hooks[k].map(id);
  const always = net.always.map(id);
  const encoded: Encoded = {
    version: nlp.version,
    matches: matches.map((m) => ({ ...m, regs: encodeTokens(m.regs), ...(m.notIf ? { notIf: encodeTokens(m.notIf) } : {}) })),
    hooks,
    always,
  };
  return JSON.stringify(encoded);
}

/** The net an encoding holds, or null when it was made for another compromise version. */
export function reviveNet(json: string, version: string): Net | null {
  const d = JSON.parse(json) as Encoded;
  if (d.version !== version) return null;
  for (const m of d.matches) {
    reviveTokens(m.regs);
    if (m.notIf) reviveTokens(m.notIf);
  }
  const hooks: Record<string, NetMatch[]> = {};
  for (const k of Object.keys(d.hooks)) hooks[k] = d.hooks[k].map((i) => d.matches[i]);
  return { hooks, always: d.always.map((i) => d.matches[i]) };
}

/**
 * Makes compromise take its match net from `json` the first time it asks for it. Any other net it builds (a
 * plugin's, a lazy match's) is built as usual, and so is this one when the encoding is for another version.
 */
export function installEncodedNet(nlp: Compromise, json: string | null): void {
  if (!json) return;
  const world = nlp.world() as World;
  const own = world.methods.one.buildNet;
  const matches = world.model.two.matches;
  world.methods.one.buildNet = function (list, w) {
    if (list === matches) {
      world.methods.one.buildNet = own;
      const net = reviveNet(json, nlp.version);
      if (net) return net;
    }
    return own.call(this, list, w);
  };
}
