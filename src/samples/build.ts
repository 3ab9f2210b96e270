import fs from 'fs';
import path from 'path';
import { fillSeed000, SEED000_FILE } from './build-seed000';
import { fillSeed001, SEED001_FILE } from './build-seed001';
import { fillSeed002, SEED002_FILE } from './build-seed002';
import { fillSeed003, SEED003_FILE } from './build-seed003';
import { fillSeed004, SEED004_FILE } from './build-seed004';
import { newWorkbook } from './sheet';
import type { SampleWorkbook } from './types';
import { writeWorkbook } from './zip';

/** Every sample workbook, in seed order. */
export const SAMPLES: readonly SampleWorkbook[] = [
  { fileName: SEED000_FILE, fill: fillSeed000 },
  { fileName: SEED001_FILE, fill: fillSeed001 },
  { fileName: SEED002_FILE, fill: fillSeed002 },
  { fileName: SEED003_FILE, fill: fillSeed003 },
  { fileName: SEED004_FILE, fill: fillSeed004 },
];

/**
 * Writes the sample workbooks, built from the seeds' own words, into `outDir` (created if
 * missing) and returns the paths written. Rebuilding gives byte-identical files.
 */
export async function buildSamples(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    const workbook = newWorkbook();
    sample.fill(workbook);
    const filePath = path.join(outDir, sample.fileName);
    await writeWorkbook(workbook, filePath);
    written.push(filePath);
  }
  return written;
}

if (require.main === module) {
  // Compiled to dist/node/samples, so the repo's samples/ folder is three levels up.
  buildSamples(path.resolve(__dirname, '../../../samples')).then(
    (paths) => paths.forEach((p) => console.log(p)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
