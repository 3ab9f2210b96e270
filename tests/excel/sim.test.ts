import { Writable } from 'node:stream';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { runSim } from '../../src/sim/main';
import { cli } from '../helpers/cli';
import { SEED004, sampleDir, tempDir } from '../helpers/samples';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function sim(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runSim(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('npm run sim', () => {
  const dates = ['--as-of', '2022-11-03', '--next-meeting', '2022-12-15'];

  it('prints the command line\'s JSON report plus what the refresh cost in Excel', async () => {
    const input = join(await sampleDir(), SEED004);
    const dir = tempDir();
    const result = await sim([input, ...dates, '-o', join(dir, 'out.xlsx'), '--json', '-']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { excel, ...report } = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(excel).toEqual({ syncs: 2, maxRequestBytes: expect.any(Number), maxResponseBytes: expect.any(Number), formatCalls: expect.any(Number) });
    const expected = await cli(['refresh', input, ...dates, '-o', join(dir, 'cli.xlsx'), '--json', '-']);
    expect(report).toEqual(JSON.parse(expected.stdout));
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
  });

  it('keeps every request and response under 2.5 MB with --web', async () => {
    const result = await sim([join(await sampleDir(), SEED004), ...dates, '-o', join(tempDir(), 'web.xlsx'), '--web', '--json', '-']);
    const { excel } = JSON.parse(result.stdout) as { excel: { maxRequestBytes: number; maxResponseBytes: number } };
    expect(Math.max(excel.maxRequestBytes, excel.maxResponseBytes)).toBeLessThanOrEqual(2_500_000);
  });

  it('exits 2 on bad arguments and 3 on a file it cannot read, saying which', async () => {
    expect((await sim([])).code).toBe(2);
    expect((await sim(['x.xlsx', '--as-of', '30/11/2022'])).code).toBe(2);
    const missing = await sim([join(tempDir(), 'missing.xlsx')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/Cannot find .*missing\.xlsx/);
  });
});
