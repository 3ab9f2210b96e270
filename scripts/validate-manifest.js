#!/usr/bin/env node
/*
 * Validates manifest.xml against the offline copy of the Office add-in manifest schemas
 * (../shared/schemas/manifest/, see its README), with libxml2's xmllint compiled to WebAssembly.
 * `office-addin-manifest validate` posts the manifest to an online service, so it cannot be the
 * check that tests and CI run.
 *
 *   node scripts/validate-manifest.js [manifest.xml]   prints OK, or each error with its line; exit 1
 *
 * tests/manifest uses validateManifest() so `npm test` runs the same check.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'schemas', 'manifest');
const ENTRY_XSD = 'OfficeAppManifestV1_1.xsd';

/** The entry schema and every XSD beside it, preloaded because xmllint-wasm does no file I/O of its own. */
function loadSchemas(schemaDir = SCHEMA_DIR) {
  const names = fs.readdirSync(schemaDir).filter((name) => name.endsWith('.xsd'));
  if (!names.includes(ENTRY_XSD)) throw new Error(`${ENTRY_XSD} not found in ${schemaDir}`);
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(schemaDir, fileName), 'utf8') });
  return { schema: read(ENTRY_XSD), preload: names.filter((n) => n !== ENTRY_XSD).map(read) };
}

/**
 * Validates manifest text. Resolves to { valid, errors: [{ line, message }] }; line is null when
 * xmllint gives none.
 */
async function validateManifest(xml, fileName = 'manifest.xml', schemaDir = SCHEMA_DIR) {
  const { schema, preload } = loadSchemas(schemaDir);
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
  const errors = result.errors.map((e) => {
    const line = e.loc && Number.isInteger(e.loc.lineNumber) ? e.loc.lineNumber : null;
    return { line, message: (line === null ? e.rawMessage : e.message).trim() };
  });
  return { valid: result.valid && errors.length === 0, errors };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
  const name = path.relative(process.cwd(), file) || file;
  const { valid, errors } = await validateManifest(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (valid) {
    console.log(`OK ${name} is valid against ${path.relative(process.cwd(), path.join(SCHEMA_DIR, ENTRY_XSD))}`);
    return;
  }
  for (const e of errors) console.error(`${name}${e.line === null ? '' : `:${e.line}`}: ${e.message}`);
  console.error(`${name}: ${errors.length} schema error(s)`);
  process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  });
}

module.exports = { validateManifest, SCHEMA_DIR };
