/*
 * Cells of seed 004 (THT Engagement Lead Group Action Plan, 3 November update), verbatim.
 * The seed is a PDF extraction: where the original cell held one entry per line, the
 * extraction joined them with two spaces (rows 2, 3, 7, 13, 14); those cells are also given
 * `asInWorkbook`, with the line breaks the tracker owner typed (Alt+Enter).
 */

export const row1 = {
  nextSteps:
    '<p>Draft public comms on the purpose and aim of THT</p> <p>Review of other models and options (e.g. Foundation Trust governing bodies)</p> <p>Engagement Manager to identify forums to discuss THT accountability and transparency</p> <p>Develop options paper for THT Board</p>',
  timeframe: '<p>End of Nov 22</p> <p>End of Dec 22</p> <p>End of Dec 22</p> <p>Feb Board 23</p>',
  status: '<p>Completed</p> <p>On track</p> <p>On track</p>',
};

export const row2 = {
  action: 'Recruitment of the successor to the lay member',
  nextSteps:
    'Draft and circulate Job Description  Review and design recruitment process  Open recruitment and share through local networks and contacts  Interviews',
  timeframe: 'End Oct 2022  Mid Nov  Complete by mid Dec  5/1/23',
  status: 'Done  Done (End of Nov)',
  asInWorkbook: {
    nextSteps:
      'Draft and circulate Job Description\nReview and design recruitment process\nOpen recruitment and share through local networks and contacts\nInterviews',
    timeframe: 'End Oct 2022\nMid Nov\nComplete by mid Dec\n5/1/23',
    status: 'Done\nDone (End of Nov)',
  },
};

export const row3 = {
  action:
    'THT Programme Team to work closely with the relevant board member, and with the engagement leads group to align engagement section with core board business',
  nextSteps:
    'THT Programme Manager to agree with relevant board member and Engagement Leads Group process to identify patient/user stories relevant to the items consider at the THT board.  <b>NEW ACTION:</b> Discuss with THCVS on programme of presentations from the Equalities Hub  <b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023',
  timeframe: 'End of Nov',
  status:
    '<b>Update:</b> Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC',
};

export const row5 = {
  timeframe: 'End of Jan 23  March 23 Board',
  status: '<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions',
};

export const row6 = {
  nextSteps:
    'Request THCVS BAME Leadership - Disparities Project to review BAME Commission recommendations and develop options for THT Board; request they monitor the impact of intervention',
  status: '<b>Update:</b> THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23',
};

export const row8 = {
  status: '<b>Update:</b> Pick up with Improvement Advisor and new Programme Manager',
};

export const row9 = {
  nextSteps: '<b>Revised Action:</b> Engagement Leads Group, THT Programme Manager discuss',
  timeframe: 'January ELG meeting',
  continuation: {
    nextSteps:
      '<p>a public engagement plan for 23-24 THT priorities for review at Board</p> <p><b>Revised Action:</b> Public Engagement on setting THT priorities starts February runs to mid of March</p> <p>Incoming community / resident board member reports on outcome public engagement to each Lifecourse workstream</p> <p>Engagement Lead Group report on THT priority setting public engagement to Board</p>',
    timeframe: '<p>Mid-March</p> <p>Through mid-March to end of March</p> <p>End of March for April Board</p>',
  },
};

export const row10 = {
  action:
    '<p>The new relevant board member takes responsibility for supporting the engagement leads to continue to meet, and provide a link between their work and the board. The new chair will:</p> <ul style="list-style-type: none"> <li>o Review and update group\'s terms of reference</li> <li>o Facilitate an away day to build relationships across the system</li> <li>o Detail a plan for working on a small number of THT workplan priorities for 2022-23</li> </ul>',
  continuationAction:
    '<ul style="list-style-type: none"> <li>Review Reward and Recognition policy implementation for THT, and work with the Board and Engagement Leads to ensure the policy is applied more consistently and in line with Working with People and Communities Strategy.</li> </ul>',
};

export const row11 = {
  nextSteps:
    '<p><b>Engagement Manager to update Network meetings on this approach</b></p> <p>Decide actions &amp; timescales once Incoming community / resident member appointed</p>',
  timeframe: '<b>End of Dec</b>',
};

export const row12 = {
  nextSteps:
    '<p><b>Mapping of current engagement work including engagement groups.</b></p> <p><b>Agree format of workshop</b></p> <p>Promote and hold Coproduction Review Workshops</p> <p>Report to THT Board</p>',
  timeframe:
    '<p><b>2 Dec</b></p> <p><b>By Mid Jan</b></p> <p>Late Feb to Late March - dependant on workshop format</p> <p>May meeting– dependant on workshop timing</p>',
  status: '<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions',
  continuationAction: "the ladder of participation. (see <a href=\"#\">SHAHID Report (ActEarly)</a> )",
};

export const row15 = {
  action:
    'Share an overview of workplans for the year with the engagement leads group, and identify when key points for engagement will be.',
  placeholder: 'Action to be confirmed',
};
