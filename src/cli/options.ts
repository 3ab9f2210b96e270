import { isIsoDate } from '../core/dates';
import { CliError, EXIT } from './errors';

/**
 * Today's date on this machine, as the default as-of date. Only the command line reads the
 * clock; the engine is always told the date.
 */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Checks a YYYY-MM-DD flag value, naming the flag when it is wrong. */
export function dateFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`${flag} must be a date written YYYY-MM-DD, for example 2022-12-14 (got "${value}").`, EXIT.badArguments);
  return value;
}
