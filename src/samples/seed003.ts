import type { AmbitionRow, ConditionRow } from './types';
import { seed003Conditions1 } from './seed003-conditions-1';
import { seed003Conditions2 } from './seed003-conditions-2';

/**
 * Seed 003: a community trust's board paper on its Strategy 2023–26, "Table One – High-level
 * Action Progress Summary" and Annexes A–D. Text verbatim from
 * /work/shared/seeds/003_f2845acbf7c9e819.txt; PDF line breaks inside a cell become spaces.
 */

export const seed003Title = 'Table One – High-level Action Progress Summary';

export const seed003TableHeader: readonly string[] = [
  'Strategic objectives',
  'It is our ambition that by 2026:',
  'Progress with high-level actions as at 2023-24 Q2',
  'Confidence in delivering high-level actions by 2023-24 Q4',
  'Supporting strategy',
];

/** The paper reports confidence "by 2023-24 Q4", so that is every condition's time frame. */
export const seed003TimeFrame = '2023-24 Q4';

const CARE = 'Provide outstanding care';
const COLLABORATIVE = 'Be collaborative';
const EMPLOYER = 'Be an excellent employer';
const SUSTAINABLE = 'Be sustainable';
const TSF = 'Trust Strategic Framework';

/** Table One's 12 ambitions, three per strategic objective, with the paper's percentages. */
export const seed003Ambitions: readonly AmbitionRow[] = [
  { objective: CARE, ambition: '1. Our services are inclusive and easy to access', progress: 1, confidence: 1, strategy: 'People, Quality, Digital, Estates, Communications' },
  { objective: CARE, ambition: '2. Our services are innovative and drive improvements in outcomes for people', progress: 1, confidence: 0.75, strategy: 'People, Quality, Digital' },
  { objective: CARE, ambition: '3. Our services support good health and help prevent ill health', progress: 1, confidence: 1, strategy: 'People, Quality, Estates, Green Communications' },
  { objective: COLLABORATIVE, ambition: '4. All our services are tied into formal partnerships that improve outcomes for local people', progress: 1, confidence: 1, strategy: `${TSF}, People, Quality, Communications` },
  { objective: COLLABORATIVE, ambition: '5. We always involve people from our local communities to help us improve our services', progress: 1, confidence: 0.8, strategy: `${TSF}, People, Quality, Digital, Communications` },
  { objective: COLLABORATIVE, ambition: '6. We are leading care collaboratives in each of the systems we work within', progress: 0.9, confidence: 1, strategy: `${TSF}, People, Quality, Communications` },
  { objective: EMPLOYER, ambition: '7. Our people feel valued and can realise their full potential', progress: 1, confidence: 0.9, strategy: 'People, Quality, Digital, Estates, Communications' },
  { objective: EMPLOYER, ambition: '8. Our people embrace diversity and promote an inclusive culture that challenges all forms of discrimination', progress: 0.8, confidence: 1, strategy: `${TSF}, People, Quality, Digital, Communications` },
  { objective: EMPLOYER, ambition: '9. In meeting the needs of our services, our people can balance their work and personal commitments and are trusted to work flexibly', progress: 1, confidence: 1, strategy: `${TSF}, People, Quality, Digital` },
  { objective: SUSTAINABLE, ambition: '10. We are financially resilient and support our people in developing and improving our services', progress: 1, confidence: 0.8, strategy: `${TSF}, People, Quality, Digital, Finance, Green` },
  { objective: SUSTAINABLE, ambition: '11. Our main sites have a community value and usage plan in place', progress: 1, confidence: 1, strategy: 'Estates, Green' },
  { objective: SUSTAINABLE, ambition: '12. We take positive action to reduce the environmental impact of our services', progress: 1, confidence: 1, strategy: 'Estates, Communications, Green' },
];

/** Every condition a–d of the 12 ambitions, in the annexes' order. */
export const seed003Conditions: readonly ConditionRow[] = [...seed003Conditions1, ...seed003Conditions2];
