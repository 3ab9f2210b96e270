/**
 * Seed 002: Lancashire and South Cumbria ICB strategy for working in partnership with people and
 * communities 2023-2026. Text verbatim from /work/shared/seeds/002_6fdc48f438219512.txt.
 */

/** The roadmap, one line per period, in the strategy's order: [time frame, milestone]. */
export const seed002Roadmap: ReadonlyArray<readonly [string, string]> = [
  ["May – Jun 23", "Development of revised Working with People and Communities Strategy 2023-26"],
  ["Jul 23", "Sign off updated Working with People and Communities Strategy 2023-26. Agreement to establish a citizen reference group to provide a public voice into the Public Involvement and Engagement Advisory Committee"],
  ["Aug 23", "Workshop to develop more aligned approaches for engagement and involvement with place-based partnerships as part of the Place Integration Deal"],
  ["Aug – Oct 23", "Members of a citizen reference group to be supported with an induction plan prior to joining the Public Involvement and Engagement Advisory Committee as a participant Citizen Panel recruitment campaign"],
  ["Jul – Sep 23", "Completion of listening events in each of the places and development of place-based engagement and involvement plans, agreed with Directors of Health and Care Integration for each place Development and establishment of detailed engagement and involvement plan to be agreed and integrated into the NHS Joint Forward Plan delivery plan."],
  ["Oct 23 – Mar 24", "Development of condition and life course specific lived experience networks to support NHS Joint Forward Plan strategy Refresh of capturing lived experience programme to align with NHS Joint Forward Plan and integrated care partnership priorities"],
  ["Apr 24", "Review delivery against the ambitions of the strategy for working with people and communities and embed learning"],
  ["Apr 24 – Mar 25", "Continue to deliver activity as part of the ICB engagement model to support activities at system and place to deliver the NHS Joint Forward Plan and Integrated Care Strategy"],
  ["Apr 2025", "Review delivery against the ambitions of the strategy for working with people and communities and embed learning"],
  ["Apr 25 – Mar 26", "Continue to deliver activity as part of the ICB engagement model to support activities at system and place to deliver the NHS Joint Forward Plan and Integrated Care Strategy"],
];

/** The table's own column headings (the first, "Long-term strategic priorities", heads the names). */
export const seed002PriorityHorizons: readonly string[] = ["Short-term 1-3 years", "Medium-term 4-6 years", "Long-term 7-10 years"];

/** Long-term strategic priorities: [number, priority, short-term, medium-term, long-term]. */
export const seed002Priorities: ReadonlyArray<readonly [number, string, string, string, string]> = [
  [1, "Strengthen our foundations", "Three-year system financial plan.", "Financial balance across the NHS system.", ""],
  [2, "Improve prevention and reduce inequalities", "Seamless and integrated provision is in place within every community.", "Reduced admissions and disease prevalence.", "Seamless and integrated provision is in place within every community."],
  [3, "Integrate and strengthen primary and community care", "Strengthened primary and community care. Reduced demand on hospital services.", "Enhanced and integrated primary and community care provision in place.", ""],
  [4, "Improve quality and outcomes", "Improved CQC and SOF ratings for the six providers.", "<ul style=\"list-style-type: none\"> • Optimised care and clinical pathways • Improved quality of estates. • Enhanced workforce.", ""],
  [5, "World-class care", "Short-term actions on priority areas.", "Medium-term actions on priority areas.", "Long-term actions on priority areas."],
];
