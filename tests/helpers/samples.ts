import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSamples } from '../../src/samples/build';

let built: Promise<string> | null = null;

/** Builds the seed sample workbooks once per test file into a temp folder; returns the folder. */
export function sampleDir(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rag-samples-'));
    await buildSamples(dir);
    return dir;
  })();
  return built;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rag-test-'));
}

export const SEED004 = 'seed004-tht-elg-action-plan.xlsx';
export const SEED003 = 'seed003-strategy-table-one.xlsx';
export const ALL_SAMPLES = [SEED004, SEED003, 'seed002-lsc-roadmap.xlsx', 'seed000-nice-initial-actions.xlsx', 'seed001-nel-standards.xlsx'];
