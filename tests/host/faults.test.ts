import { cellAt } from '../../src/host/memory';
import { failure, smallHost } from './helpers';

const writeD1 = (value: string) => async (ctx: import('../../src/host/memory').HostContext) => {
  ctx.workbook.worksheets.getItem('Plan').getRange('D1').values = [[value]];
  await ctx.sync();
};

describe('the in-memory host: injected faults', () => {
  it('refuses any change to a protected sheet with AccessDenied', async () => {
    const host = smallHost();
    host.workbook.sheets[0]!.protected = true;
    const error = await failure(host.run(writeD1('RAG')));
    expect(error.code).toBe('AccessDenied');
    expect(cellAt(host.workbook.sheets[0]!, 0, 3)).toBeUndefined();
  });

  it('fails the next n syncs with InvalidOperationInCellEditMode, then works', async () => {
    const host = smallHost();
    host.faults.cellEditSyncs = 2;
    const first = await failure(host.run(writeD1('a')));
    const second = await failure(host.run(writeD1('b')));
    await host.run(writeD1('c'));
    expect([first.code, second.code]).toEqual(['InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode']);
    expect(first.message).toBe('Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    expect(cellAt(host.workbook.sheets[0]!, 0, 3)?.value).toBe('c');
  });

  it('fails the n-th sync, with the code asked for, before it runs anything', async () => {
    const host = smallHost();
    host.faults.failAtSync = 2;
    host.faults.failCode = 'GeneralException';
    await host.run(writeD1('one'));
    const error = await failure(host.run(writeD1('two')));
    expect(error.code).toBe('GeneralException');
    expect(cellAt(host.workbook.sheets[0]!, 0, 3)?.value).toBe('one');
  });

  it('can leave a sync unanswered for ever', async () => {
    const host = smallHost();
    host.faults.hangAtSync = 1;
    const outcome = await Promise.race([host.run(writeD1('x')).then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 30))]);
    expect(outcome).toBe('still waiting');
  });

  it('lets a test change the workbook under the add-in before a given sync', async () => {
    const host = smallHost();
    host.faults.beforeSync = (n, wb) => {
      if (n === 2 && wb.sheets[0]) wb.sheets[0].protected = true;
    };
    await host.run(writeD1('one'));
    expect((await failure(host.run(writeD1('two')))).code).toBe('AccessDenied');
  });
});
