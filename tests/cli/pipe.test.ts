import { EventEmitter } from 'node:events';
import { closeQuietlyOnEpipe } from '../../src/cli/pipe';

function writeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('closeQuietlyOnEpipe', () => {
  it('stops quietly when the reader closes the pipe (… | head)', () => {
    const stdout = new EventEmitter();
    const stop = jest.fn();
    closeQuietlyOnEpipe(stdout, stop);
    stdout.emit('error', writeError('EPIPE'));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('lets any other write error through, so it is not swallowed', () => {
    const stdout = new EventEmitter();
    const stop = jest.fn();
    closeQuietlyOnEpipe(stdout, stop);
    expect(() => stdout.emit('error', writeError('ENOSPC'))).toThrow('write ENOSPC');
    expect(stop).not.toHaveBeenCalled();
  });
});
