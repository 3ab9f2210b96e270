import { severalSentences, wordCount } from '../cells';
import { readConfidence } from '../rollup/confidence';
import type { CellValue } from '../types';
import { PRIORITY_LEVEL_WORDS, PRIORITY_RANK_WORDS } from '../vocabulary/columns';

/*
 * What a grouping column's cells hold when they name no group: the objective role is read only
 * from a column of names (narrativeColumns), so Table One lists objectives, not levels or sentences.
 */

const words = (list: readonly string[]): string => list.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
/** A rank, a level word, or both ("P1", "Critical", "1 - High", "Priority 2 (Medium)"): how an action is ranked, whole. */
const RANK = new RegExp(
  `^(?:(?:(?:${words(PRIORITY_RANK_WORDS)})\\s*:?\\s*)?\\d{1,2}(?:\\s*[-–:.(]?\\s*(?:${words(PRIORITY_LEVEL_WORDS)})\\)?)?|(?:${words(PRIORITY_LEVEL_WORDS)}))$`,
  'i',
);

/**
 * A level rather than a name: High/Medium/Low, a colour, a small number ("Priority: 1"), or a rank (RANK).
 * @example level('Medium') // true
 * @example level('1. Falls with moderate harm or above') // false
 */
export const level = (value: CellValue): boolean =>
  typeof value === 'number' ? value >= 0 && value <= 10 : typeof value === 'string' && (readConfidence(value).problem === null || RANK.test(value.trim()));

/** A list number leading a name ("1. Falls with harm", "b) Sepsis"): its stop ends no sentence. */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]\s+/i;

/** A flag, a frequency or a typed date: what a "Review" or "Audit" column holds when it is no report's name. */
const NOT_A_NAME = /^(?:yes|no|y|n|n\/a|tbc|weekly|fortnightly|monthly|bi-?monthly|quarterly|six[- ]monthly|annually|annual|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/i;

/**
 * Words from which a cell describes rather than names: a BAF's "Principal risk" column as often holds
 * each risk in full ("There is a risk that …") as its title; grouped by it, Table One would have a row
 * per sentence. A strategy's objectives run shorter (the long ones near twenty words); more than one
 * sentence, or a risk stated as one, describes too.
 */
const DESCRIPTION_WORDS = 25;
/** How a risk is stated in full ("There is a risk that …", "Risk of …", "If … then …"), whatever its length. */
const RISK_STATEMENT = /^(?:(?:there is an?|the)\s+(?:\w+\s+)?risk\s+(?:that|of)|risks?\s+(?:that|of)|if\b.*\bthen\b)/i;
const description = (value: CellValue): boolean =>
  typeof value === 'string' && (wordCount(value) >= DESCRIPTION_WORDS || severalSentences(value.trim().replace(NUMBERED, '')) || RISK_STATEMENT.test(value.trim()));

/**
 * No group's name: a level, a date, a flag or frequency (NOT_A_NAME), or a description; grouped by
 * it, the summary would list "Monthly", or a risk's whole account, as an objective.
 * @example noGroup('High') // true
 * @example noGroup('There is a risk that the Trust cannot recruit enough staff') // true
 * @example noGroup('P2') // true
 * @example noGroup('SR3 – Workforce supply') // false
 * @example noGroup('1. Falls with moderate harm or above') // false
 */
export const noGroup = (value: CellValue): boolean =>
  level(value) || (typeof value === 'object' && value !== null && value.kind === 'date') || (typeof value === 'string' && NOT_A_NAME.test(value.trim())) || description(value);
