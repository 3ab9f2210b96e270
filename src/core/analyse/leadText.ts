import { stripMarkup } from '../steps';

/*
 * Project tools export a task's people with their share of it ("Head of Estates[50%]") and
 * joined by bare commas ("PM,Analyst[25%]"): the board paper's Lead column wants the names.
 */

/** A resource's assignment units after its name, as MS Project writes them: "[50%]", "[1.5]". */
const UNITS = /\s*\[\d{1,3}(?:\.\d+)?%?\]/g;

/**
 * A lead cell as the board paper shows it: markup stripped (stripMarkup), assignment units
 * dropped and names joined by a comma and a space.
 * @example leadText('Radiology Services Manager,HR Business Partner[50%]') // 'Radiology Services Manager, HR Business Partner'
 * @example leadText('Chief Nurse / Head of Nursing') // 'Chief Nurse / Head of Nursing'
 */
export function leadText(text: string): string {
  const plain = stripMarkup(text);
  if (!plain.includes('[') && !/,\S/.test(plain)) return plain;
  return plain.replace(UNITS, '').replace(/,(?=\S)/g, ', ').trim();
}
