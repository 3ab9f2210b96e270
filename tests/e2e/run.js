#!/usr/bin/env node
/* global window, document */
/*
 * End-to-end test of the task pane in the workbench, as a person uses it, in Debian's
 * Chromium driven by playwright-core: npm run test:e2e (CHROMIUM overrides /usr/bin/chromium).
 * Saves docs/taskpane-refresh.png and docs/workbench-seed004.png. Exits non-zero on failure.
 */
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { start } = require('../../scripts/workbench.js');

const root = path.resolve(__dirname, '..', '..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let failures = 0;
async function step(name, fn) {
  try {
    await fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}\n  ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 6).join('\n  ')}`);
  }
}

async function counts(pane) {
  const out = {};
  for (const text of await pane.locator('[aria-label="Ratings"] li').allInnerTexts()) {
    const m = /^(.+): (\d+)$/.exec(text.trim());
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

async function axe(page, view) {
  await page.evaluate(AXE);
  // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) only hand focus on
  // to the next real control; axe flags them by design (a known Fluent UI v9 false positive).
  const context = { include: [['[data-testid="taskpane"]']], exclude: [['[data-tabster-dummy]']] };
  const result = await page.evaluate((c) => window.axe.run(c, { resultTypes: ['violations'] }), context);
  const detail = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  assert.deepEqual(detail, [], `axe violations in the ${view} view`);
}

async function refresh(pane) {
  await pane.getByRole('button', { name: 'Refresh RAG' }).click();
  // "Rated n actions as at …", or "Read n actions as at …; none could be rated" when none could be.
  await pane.getByRole('status').filter({ hasText: / actions? as at / }).waitFor({ timeout: 30_000 });
  await pane.getByRole('button', { name: 'Refresh RAG' }).and(pane.locator(':not([disabled])')).waitFor();
}

/**
 * An ICS milestone plan rated each quarter (Q1..Q4 RAG beside Q1..Q4 commentary), with long
 * milestone texts and reasons, milestones above its first objective heading, an archive sheet
 * and a hidden old plan: the layouts whose warnings and explanations the pane added lately.
 */
async function quarterlyPlan(dir) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const header = ['Ref', 'Milestone', 'SRO', 'Due', 'Q1 RAG', 'Q2 RAG', 'Q3 RAG', 'Q4 RAG', 'Q1 commentary', 'Q2 commentary', 'Q3 commentary', 'Q4 commentary'];
  const long = 'Reduce agency and bank spend across all providers in the integrated care system to 3.2% of the total pay bill by the end of the financial year, through a shared collaborative bank and rate-card compliance at every trust';
  wb.addWorksheet('Milestones').addRows([
    header,
    ['X1', long, 'Chief Finance Officer', '31/10/2024', 'G', 'R', null, null, 'On plan.', 'Medical agency still above cap at three providers; breaches reported weekly to the system finance group and escalated to the ICB board.', null, null],
    ['X2', 'Agree the people plan refresh with every provider', 'Chief People Officer', '30/09/2024', 'G', 'A', null, null, 'Drafted.', 'Awaiting sign-off.', null, null],
    ['Workforce'],
    ['WF1', 'Launch the system-wide health and care academy', 'Chief People Officer', '06/12/2024', null, null, null, null, null, null, null, null],
  ]);
  wb.addWorksheet('Closed actions').addRows([['Closed actions – archive'], header, ['OLD1', 'Close the 2023 people plan', 'CPO', '31/03/2024', 'G', null, null, null, 'Done.', null, null, null]]);
  wb.addWorksheet('Plan 2023-24', { state: 'hidden' }).addRows([header, ['P1', 'Open the new discharge lounge', 'COO', '31/03/2024', 'A', null, null, null, 'Delayed.', null, null, null]]);
  const file = path.join(dir, 'ics-milestones.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function layouts(page, pane) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-e2e-book-'));
  try {
    await page.locator('input[type=file]').setInputFiles(await quarterlyPlan(dir));
    await pane.getByLabel('As of').fill('2024-11-20');
    await refresh(pane);
    // Excel's pane at its default 320 px, zoomed to 200%, lays out in 160 CSS pixels.
    await page.evaluate(() => (document.querySelector('[data-testid="taskpane"]').style.width = '160px'));
    const overflow = () => page.evaluate(() => ((el) => el.scrollWidth - el.clientWidth)(document.querySelector('[data-testid="taskpane"]')));
    await pane.getByRole('heading', { name: /^Update due by \d+ \w+ 2024 \(no next meeting set\): \d+ actions?$/ }).waitFor();
    for (const view of ['Refresh', 'Columns', 'Data quality', 'Summary']) {
      await pane.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
      await pane.getByRole('tabpanel', { name: new RegExp(`^${view}`) }).waitFor();
      await axe(page, `${view} (quarterly plan)`);
      assert.ok((await overflow()) <= 0, `the ${view} view overflows at 200% zoom by ${await overflow()}px`);
    }
    await pane.getByRole('tab', { name: 'Columns' }).click();
    await pane.getByText(/^Still read, as the lead’s rating/).first().waitFor();
    await pane.getByRole('tab', { name: /^Data quality/ }).click();
    // Keyboard alone: the archive sheet's warning, reached by Tab and chosen with Enter, shows that sheet.
    await pane.getByRole('list', { name: 'Closed actions (1)' }).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Sheet Closed actions' }).waitFor();
    await page.locator('td[data-selected="true"][data-cell="A1"]').waitFor();
  } finally {
    await page.evaluate(() => (document.querySelector('[data-testid="taskpane"]').style.width = ''));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { server, url } = await start({ port: 0, quiet: true, buildFirst: !process.argv.includes('--no-build') });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    bypassCSP: true, // lets axe-core be injected; the page's own CSP is checked by the add-in build tests
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const pane = page.getByTestId('taskpane');
  try {
    await page.goto(url);
    let before = {};
    await step('opens seed 004 and refreshes it as of 3 November 2022 for ELG December 22', async () => {
      await page.getByLabel('Sample workbook').selectOption('seed004-tht-elg-action-plan.xlsx');
      await pane.getByLabel('As of').fill('2022-11-03');
      await pane.getByLabel('Next meeting date').fill('2022-12-15');
      await pane.getByLabel('Next meeting name').fill('ELG December 22');
      await refresh(pane);
      before = await counts(pane);
      assert.deepEqual(Object.keys(before), ['Complete', 'Green', 'Amber', 'Red', 'Not rated']);
      assert.ok(Object.values(before).reduce((a, b) => a + b, 0) > 0, 'some actions are rated');
      await pane.getByRole('list', { name: 'Exceptions' }).waitFor();
    });
    await step('colours the rows and writes the rating words in the sheet', async () => {
      const red = page.locator('td[data-fill="C00000"]');
      if ((before.Red ?? 0) > 0) assert.equal((await red.first().innerText()).trim(), 'Red');
      const filled = await page.locator('td[data-fill]').count();
      assert.ok(filled > 0, 'the product rules fill cells');
      await page.locator('th', { hasText: /^RAG$/ }).or(page.locator('td', { hasText: /^RAG$/ })).first().waitFor();
    });
    await step('the Refresh view passes axe', () => axe(page, 'Refresh'));
    await step('the Refresh view keys the row colours in words, with the tints the sheet uses', async () => {
      const key = pane.getByRole('list', { name: /Row colour on the sheet shows the meeting focus/ });
      assert.deepEqual(await key.getByRole('listitem').allInnerTexts(), ['light yellow: Update due at ELG December 22', 'light blue: Complete', 'light green: Next step']);
      const fill = await key.locator('[aria-hidden="true"]').first().evaluate((e) => window.getComputedStyle(e).backgroundColor);
      assert.equal(fill, 'rgb(255, 242, 204)', 'the update-due swatch is the sheet tint FFF2CC');
      assert.ok((await page.locator('td[data-fill="FFF2CC"]').count()) > 0, 'the sheet has rows in that tint');
    });
    await step('a list line is named "Red, action 3: …" in Chromium, not "Red 3 …"', async () => {
      const names = await pane.getByRole('list', { name: 'Exceptions' }).getByRole('button').evaluateAll((bs) => bs.map((b) => b.textContent));
      assert.ok(names.length > 0);
      const line = pane.getByRole('list', { name: 'Exceptions' }).getByRole('button', { name: /^(Red|Amber)\s*,\s*action \S+\s*:\s*\S/ });
      assert.equal(await line.count(), names.length);
    });
    await step('clicking an exception selects its row in the sheet', async () => {
      await pane.getByRole('list', { name: 'Exceptions' }).getByRole('button').first().click();
      await page.locator('td[data-selected="true"]').first().waitFor();
    });
    await step('saves the screenshots', async () => {
      fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
      await page.evaluate(() => document.querySelector('[data-testid="taskpane"]').scrollTo(0, 0));
      await pane.screenshot({ path: path.join(root, 'docs', 'taskpane-refresh.png') });
      await page.locator('td', { hasText: /^RAG reason$/ }).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(root, 'docs', 'workbench-seed004.png') });
    });
    await step('clicking a data-quality item selects its cell', async () => {
      await pane.getByRole('tab', { name: /Data quality \(\d+\)/ }).click();
      const item = pane.getByRole('list', { name: 'Data-quality issues' }).getByRole('button').first();
      const cell = /^Go to ([A-Z]+\d+) on /.exec(await item.getAttribute('title'))[1];
      await item.click();
      await page.locator(`td[data-selected="true"][data-cell="${cell}"]`).waitFor();
      await axe(page, 'Data quality');
    });
    await step('changing a column role is saved and used by the next refresh', async () => {
      await pane.getByRole('tab', { name: 'Columns' }).click();
      await axe(page, 'Columns');
      const lead = pane.getByRole('combobox').filter({ hasText: /^Lead$/ }).first();
      await lead.click();
      await page.getByRole('option', { name: 'Not used' }).click();
      await pane.getByRole('button', { name: 'Save columns' }).click();
      await pane.getByText('Saved in the workbook').waitFor();
      await pane.getByRole('tab', { name: 'Refresh' }).click();
      await refresh(pane);
      await pane.getByRole('tab', { name: 'Columns' }).click();
      await pane.getByRole('combobox', { name: 'Sheet' }).waitFor();
      await pane.getByText('A: #').waitFor();
      assert.equal(await pane.getByRole('combobox').filter({ hasText: /^Lead$/ }).count(), 0, 'no column is the lead column now');
    });
    await step('a wider amber window, saved in Settings, turns more actions Amber', async () => {
      await pane.getByRole('tab', { name: 'Settings' }).click();
      await axe(page, 'Settings');
      await pane.getByLabel('Amber window (days)').fill('60');
      await pane.getByRole('button', { name: 'Save settings' }).click();
      await pane.getByText('Saved in the workbook').waitFor();
      await pane.getByRole('tab', { name: 'Refresh' }).click();
      const was = await counts(pane);
      await refresh(pane);
      await page.waitForFunction((n) => {
        const li = [...document.querySelectorAll('[aria-label="Ratings"] li')].find((e) => e.textContent.startsWith('Amber'));
        return li && Number(li.textContent.split(': ')[1]) !== n;
      }, was.Amber, { timeout: 10_000 });
      const now = await counts(pane);
      assert.ok(now.Amber > was.Amber, `Amber ${was.Amber} → ${now.Amber}`);
    });
    await step('the meeting calendar in Settings is keyboard-usable, marks a missing date, and passes axe', async () => {
      await pane.getByRole('tab', { name: 'Settings' }).click();
      await pane.getByRole('button', { name: 'Add a meeting' }).focus();
      await page.keyboard.press('Enter');
      assert.equal(await pane.getByLabel('Meeting 1 date').evaluate((e) => e === document.activeElement), true, 'focus moves to the new date');
      await pane.getByLabel('Meeting 1 name').fill('Feb Board 23');
      await pane.getByRole('button', { name: 'Save settings' }).click();
      await pane.getByText('Meeting 1: Enter the date of this meeting. Nothing was saved.').waitFor();
      assert.equal(await pane.getByLabel('Meeting 1 date').getAttribute('aria-invalid'), 'true');
      await axe(page, 'Settings (meeting calendar, with a missing date)');
      await pane.getByRole('button', { name: /^Remove meeting 1/ }).click();
      await pane.getByRole('button', { name: 'Add a meeting' }).and(page.locator(':focus')).waitFor();
    });
    await step('the Summary view shows the roll-up with words and passes axe', async () => {
      await pane.getByRole('tab', { name: 'Summary' }).click();
      await pane.getByText(/Overall: (Complete|Green|Amber|Red|Not rated)/).first().waitFor();
      await axe(page, 'Summary');
    });
    await step('the pane fits 320 px without horizontal scrolling', async () => {
      const overflow = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="taskpane"]');
        return el.scrollWidth - el.clientWidth;
      });
      assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    });
    await step('a quarterly milestone plan with an archive and a hidden sheet reads well at 200% zoom, passes axe, and goes to its cells', () => layouts(page, pane));
    await step('no script errors in the page', () => assert.deepEqual(errors, []));
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures === 0 ? 'e2e: all passed' : `e2e: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
