import type { Seed004Row } from './types';

/**
 * Seed 004, recommendations 1–8 with the continuation row that a page break split from 5.
 * Each list is one cell, one entry per line; the PDF extraction ran a cell's entries together
 * with two or more spaces. HTML fragments are kept as pasted.
 */
export const seed004Rows1: readonly Seed004Row[] = [
  {
    ref: 1,
    recommendation: [
      "Consider options for THT board critical friends / accountability mechanisms",
      "The NHS NEL Engagement and Community Communication Manager (Engagement Manager) work with local networks and the public to explore how THT can be more accountable & transparent. Ownership of this action sits with the relevant board member to take forward in 2022-23.",
    ],
    lead: ["THT Chair & Engagement Manager"],
    nextSteps: ["<p>Draft public comms on the purpose and aim of THT</p> <p>Review of other models and options (e.g. Foundation Trust governing bodies)</p> <p>Engagement Manager to identify forums to discuss THT accountability and transparency</p> <p>Develop options paper for THT Board</p>"],
    timeFrame: ["<p>End of Nov 22</p> <p>End of Dec 22</p> <p>End of Dec 22</p> <p>Feb Board 23</p>"],
    status: ["<p>Completed</p> <p>On track</p> <p>On track</p>"],
  },
  {
    ref: 2,
    recommendation: ["Recruitment of the successor to the lay member"],
    lead: [
      "THT Chair & Joint Director of Integrated Commissioning",
      "+ all",
    ],
    nextSteps: [
      "Draft and circulate Job Description",
      "Review and design recruitment process",
      "Open recruitment and share through local networks and contacts",
      "Interviews",
    ],
    timeFrame: [
      "End Oct 2022",
      "Mid Nov",
      "Complete by mid Dec",
      "5/1/23",
    ],
    status: [
      "Done",
      "Done (End of Nov)",
    ],
  },
  {
    ref: 3,
    recommendation: ["THT Programme Team to work closely with the relevant board member, and with the engagement leads group to align engagement section with core board business"],
    lead: ["THT Programme Manager /THT Engagement Manager"],
    nextSteps: [
      "THT Programme Manager to agree with relevant board member and Engagement Leads Group process to identify patient/user stories relevant to the items consider at the THT board.",
      "<b>NEW ACTION:</b> Discuss with THCVS on programme of presentations from the Equalities Hub",
      "<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023",
    ],
    timeFrame: ["End of Nov"],
    status: ["<b>Update:</b> Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC"],
  },
  {
    ref: 4,
    recommendation: ["Include a formal 'you said / we did' report which is included in the board minutes and published externally and in the Chair's monthly newsletter."],
    lead: ["Incoming community / resident board member"],
    nextSteps: ["Establish once above action completed"],
    timeFrame: [],
    status: [],
  },
  {
    ref: 5,
    recommendation: ["Setting consistent expectations of engagement across THT's projects. Each THT priorities for the next year expected to draft an engagement plan, signed off by the Board and includes"],
    lead: ["Lifecourse workstream leads (& THT Programme Manager &"],
    nextSteps: [
      "Review THT project planning criteria to include engagement plan and agree with Lifecourse workstream leads",
      "Revised THT project planning criteria agreed by THT",
    ],
    timeFrame: [
      "End of Jan 23",
      "March 23 Board",
    ],
    status: ["<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions"],
  },
  {
    ref: null,
    recommendation: ["information on how people will be engaged, how this engagement will inform the work, and how they will be kept up to date on the impact of their involvement."],
    lead: ["Engagement Manager)"],
    nextSteps: ["Engagement Manager to advise Lifecourse workstream leads on engagement if required"],
    timeFrame: ["On-going following board decision"],
    status: [],
  },
  {
    ref: 6,
    recommendation: ["The Board identifies an opportunity to pilot some anti-racist commissioning, which could be an opportunity to do engagement in a different way on a particular area of focus."],
    lead: ["Engagement Manager"],
    nextSteps: ["Request THCVS BAME Leadership - Disparities Project to review BAME Commission recommendations and develop options for THT Board; request they monitor the impact of intervention"],
    timeFrame: ["THT Board March 23"],
    status: ["<b>Update:</b> THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23"],
  },
  {
    ref: 7,
    recommendation: ["The relevant board member / Chair of the board writes an annual impact report summarising the engagement work done by THT, and the impact it has had on services and priorities within the borough."],
    lead: ["Incoming community / resident board member"],
    nextSteps: [
      "Draft report structure to share with Lifecourse Workstreams",
      "Feedback from Lifecourse Workstream for report",
      "Publish report with THT Annual Report",
    ],
    timeFrame: [
      "Mid February",
      "End of April",
      "TBC",
    ],
    status: [],
  },
  {
    ref: 8,
    recommendation: ["The Board uses the QI health inequalities projects as an exemplar of engagement work, and formally asks the THT engagement leads to support this project."],
    lead: ["THT Programme Manager - via engagement leads"],
    nextSteps: [
      "Engagement Leads provided information on successful QI health inequalities projects",
      "Engagement Leads confirm support for QI health inequalities projects",
    ],
    timeFrame: ["New time frame to be developed"],
    status: ["<b>Update:</b> Pick up with Improvement Advisor and new Programme Manager"],
  },
];
