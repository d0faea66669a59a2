// Generates lib/config/rule-set-validator.generated.js from rules.schema.json (ajv standalone code:
// no eval at run time, so it works under the extension's strict CSP). Run after editing the schema.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED = join(root, 'lib', 'config', 'rule-set-validator.generated.js');

export function generateValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'rules.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(schema);
  // ajv's ESM output still require()s its runtime helpers; turn those into imports so it bundles anywhere.
  const imports = [];
  const code = standaloneCode(ajv, validate).replace(
    /const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g,
    (_, name, mod) => {
      imports.push(`import ${name}Module from "${mod}.js";`);
      return `const ${name} = ${name}Module.default ?? ${name}Module;`;
    },
  );
  return (
    '// Generated from rules.schema.json by scripts/build-validators.mjs; do not edit.\n' +
    '// @ts-nocheck\n' +
    imports.join('\n') +
    '\n' +
    code +
    '\n'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED, generateValidator());
  console.log(`wrote ${GENERATED}`);
}
