import { isIsoDate } from './dates';
import { ROLES } from './vocabulary/columns';
import type { Calendar, IsoDate, Meeting, Rating, Role } from './types';

/** A confirmed column mapping for one sheet (SPEC 2.5 `mapping`). */
export interface SheetMapping {
  /** 1-based header row. */
  headerRow: number;
  /** Column letters per role, e.g. { action: 'B', lead: 'C' }. */
  columns: Partial<Record<Role, string>>;
}

export interface Settings {
  asOf: IsoDate;
  nextMeeting: Meeting | null;
  meetings: Meeting[];
  amberWindowDays: number;
  undatedRating: 'not_rated' | 'amber';
  rollupRule: 'worst' | 'confidence';
  confidenceWeights: Record<Exclude<Rating, 'not_rated'>, number>;
  confidenceThresholds: { green: number; amber: number };
  quarterConvention: 'financial' | 'calendar';
  /** Keyed by sheet name. */
  mapping: Record<string, SheetMapping>;
}

/**
 * The defaults of SPEC 2.5. The as-of date has no default here because the engine never
 * reads the clock: callers pass "today" in.
 * @example defaultSettings('2022-11-03').amberWindowDays // 14
 */
export function defaultSettings(asOf: IsoDate): Settings {
  return {
    asOf,
    nextMeeting: null,
    meetings: [],
    amberWindowDays: 14,
    undatedRating: 'not_rated',
    rollupRule: 'worst',
    confidenceWeights: { complete: 100, green: 100, amber: 50, red: 0 },
    confidenceThresholds: { green: 90, amber: 60 },
    quarterConvention: 'financial',
    mapping: {},
  };
}

/**
 * The calendar a time-frame phrase is read against.
 * @example calendarOf(defaultSettings('2022-11-03')).meetings // []
 */
export function calendarOf(settings: Settings): Calendar {
  return { meetings: settings.meetings, nextMeeting: settings.nextMeeting, quarterConvention: settings.quarterConvention };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function meetingOf(value: unknown): Meeting | null {
  if (!isRecord(value) || typeof value.date !== 'string' || !isIsoDate(value.date)) return null;
  return { date: value.date, name: typeof value.name === 'string' ? value.name : '' };
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/**
 * Reads settings stored in a workbook (RAG Settings JSON), keeping defaults for anything
 * missing or invalid, so a hand-edited or older settings sheet never stops a refresh.
 * @example mergeSettings(defaultSettings('2022-11-03'), { amberWindowDays: 7 }).amberWindowDays // 7
 */
export function mergeSettings(base: Settings, stored: unknown): Settings {
  if (!isRecord(stored)) return base;
  const out: Settings = { ...base };
  if (typeof stored.asOf === 'string' && isIsoDate(stored.asOf)) out.asOf = stored.asOf;
  if (stored.nextMeeting === null) out.nextMeeting = null;
  else if (stored.nextMeeting !== undefined) out.nextMeeting = meetingOf(stored.nextMeeting) ?? base.nextMeeting;
  if (Array.isArray(stored.meetings)) {
    out.meetings = stored.meetings.map(meetingOf).filter((m): m is Meeting => m !== null);
  }
  out.amberWindowDays = numberIn(stored.amberWindowDays, 0, 365, base.amberWindowDays);
  if (stored.undatedRating === 'amber' || stored.undatedRating === 'not_rated') out.undatedRating = stored.undatedRating;
  if (stored.rollupRule === 'worst' || stored.rollupRule === 'confidence') out.rollupRule = stored.rollupRule;
  if (stored.quarterConvention === 'financial' || stored.quarterConvention === 'calendar') {
    out.quarterConvention = stored.quarterConvention;
  }
  if (isRecord(stored.confidenceWeights)) {
    const w = stored.confidenceWeights;
    const b = base.confidenceWeights;
    out.confidenceWeights = {
      complete: numberIn(w.complete, 0, 100, b.complete),
      green: numberIn(w.green, 0, 100, b.green),
      amber: numberIn(w.amber, 0, 100, b.amber),
      red: numberIn(w.red, 0, 100, b.red),
    };
  }
  if (isRecord(stored.confidenceThresholds)) {
    const t = stored.confidenceThresholds;
    out.confidenceThresholds = {
      green: numberIn(t.green, 0, 100, base.confidenceThresholds.green),
      amber: numberIn(t.amber, 0, 100, base.confidenceThresholds.amber),
    };
  }
  if (isRecord(stored.mapping)) out.mapping = readMapping(stored.mapping);
  return out;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function readMapping(raw: Record<string, unknown>): Record<string, SheetMapping> {
  const out: Record<string, SheetMapping> = {};
  for (const [sheet, value] of Object.entries(raw)) {
    if (!isRecord(value) || typeof value.headerRow !== 'number' || !isRecord(value.columns)) continue;
    const columns: Partial<Record<Role, string>> = {};
    for (const [role, letter] of Object.entries(value.columns)) {
      if (typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter) && isRole(role)) columns[role] = letter;
    }
    out[sheet] = { headerRow: Math.max(1, Math.floor(value.headerRow)), columns };
  }
  return out;
}

/**
 * What the RAG Settings sheet keeps: everything but the as-of date, which is a choice made
 * at each refresh (it defaults to today) and is recorded in RAG History instead.
 * @example 'asOf' in storedSettings(defaultSettings('2022-11-03')) // false
 */
export function storedSettings(settings: Settings): Omit<Settings, 'asOf'> {
  const { asOf: _asOf, ...rest } = settings;
  return rest;
}

