import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { groupName, OfficeAddinUsageData, readUsageDataLevel, UsageDataLevel } from 'office-addin-usage-data';
import { ROOT } from './helpers';

/*
 * SPEC 11: the Office CLIs' usage data is off. office-addin-debugging, -dev-certs and -manifest
 * report through office-addin-usage-data; the installed version sends nothing at all.
 */

/** Every copy of office-addin-usage-data the Office CLIs could load, with its version. */
function installedCopies(): string[] {
  const modules = join(ROOT, 'node_modules');
  const candidates = [join(modules, 'office-addin-usage-data')];
  for (const name of readdirSync(modules).filter((n) => n.startsWith('office-addin-'))) {
    candidates.push(join(modules, name, 'node_modules', 'office-addin-usage-data'));
  }
  return candidates
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version);
}

describe("the Office CLIs' usage data", () => {
  it('is off, even for a CLI that asks for it to be on', () => {
    const usage = new OfficeAddinUsageData({ projectName: 'office-addin-debugging', usageDataLevel: UsageDataLevel.on, raisePrompt: false });
    expect(usage.isUsageDataOn()).toBe(false);
    expect(readUsageDataLevel(groupName)).toBe(UsageDataLevel.off);
  });

  it('comes from a single copy of office-addin-usage-data, version 3 or later, where reporting was removed', () => {
    const copies = installedCopies();
    expect(copies).toHaveLength(1);
    expect(Number(copies[0]?.split('.')[0])).toBeGreaterThanOrEqual(3);
  });
});
