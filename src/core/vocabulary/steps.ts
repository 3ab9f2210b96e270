/**
 * Labels that trackers put in front of a next step to say it is new or has been rewritten
 * (seed 004: "<b>NEW ACTION:</b> Discuss with Healthwatch…", "<b>Revised Action:</b> …").
 * Each is a word before "action"; the label ends with a colon or a dash.
 */
export const NEW_ACTION_WORDS: readonly string[] = ['new', 'additional', 'added'];

export const REVISED_ACTION_WORDS: readonly string[] = ['revised', 'amended', 'updated', 'changed'];

/**
 * Characters that only ever mean "a new bullet", so a cell flattened onto one line
 * ("• Draft plan • Consult staff") is still split at them. Hyphens and dashes are not here:
 * inside a line they join words ("Late Feb to Late March - dependant on workshop format").
 * The "\uf0.." code points are the Symbol and Wingdings bullets a Word list keeps when it is
 * pasted into a cell.
 */
export const STRONG_BULLETS = '•▪◦●■‣⁃➢►▸➤❖◆⦁\uf0b7\uf0a7\uf0d8\uf076';

/**
 * Characters that are a bullet only at the start of a line or entry: mid-line they are
 * arrows and joins ("Draft → agree", "Oct – Dec"). The arrows, pointers, diamonds and
 * squares after them start lines pasted from emails and Teams ("👉 Agree ToR", "➡️ Recruit
 * chair"). Ticks, crosses, ballot boxes and coloured circles are not here: they say how a
 * step is going.
 */
export const WEAK_BULLETS = '-–—*·∙○→➡▶▷⇒➔➜👉🔹🔸🔷🔶📌□❑❒';

/**
 * Words that number a step ("Step 1:", "Action 2 -"): with the number they are a list
 * marker, as "1." is, and are removed from the step text.
 */
export const STEP_NUMBER_WORDS: readonly string[] = ['step', 'next step', 'action', 'task', 'item'];

/**
 * The rating colours a status cell may give on a line of their own, above the narrative they
 * rate ("Amber\nRecruitment delayed"). Blue is the colour of a completed step in BRAG trackers.
 */
export const RATING_LEAD_WORDS: readonly string[] = ['red', 'amber', 'green', 'blue'];

/**
 * Plural nouns that name a list: a short line naming one above a bulleted or numbered list is
 * its heading ("Actions agreed at Nov QSC", "Key next steps"), not an entry of it.
 */
export const LIST_HEADING_NOUNS: readonly string[] = ['actions', 'next steps', 'steps', 'tasks', 'milestones', 'deliverables', 'priorities'];
