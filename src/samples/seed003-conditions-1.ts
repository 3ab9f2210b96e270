import type { ConditionRow } from './types';

/**
 * Seed 003, Annexes A and B: conditions of ambitions 1–6.
 * Progress items are the annex's Successes, Challenges & learning and Focus to March 2024
 * entries under the topic heading that matches the condition, verbatim; a PDF line or column
 * break inside an item is joined with a space.
 */
export const seed003Conditions1: readonly ConditionRow[] = [
  {
    ambition: 1, ref: "1a",
    condition: "All our services collect appropriate demographic details, which can be used to ensure an inclusive service for our service users.",
    progress: [
      "Demographic information will be collected using a new Equality, Diversity and Care Template which is being trialled for SystmOne (Lilie and Dentily will follow) prior to roll-out.",
      "This is a new way of working for clinical colleagues, and it does add to their assessment process, therefore the outcomes of the pilot will be important in relation to staff engagement at the point of roll out.",
      "Complete the pilot and review feedback.",
    ],
  },
  {
    ambition: 1, ref: "1b",
    condition: "All services use a digital platform to provide patient information and signposting.",
    progress: [
      "In terms of digital platform development: • We remain on schedule for the launch of the Cambridgeshire CYP website this autumn. • the generic ‘my account’ (patient portal) has been constructed and we are scoping a first use case example with iCaSH following the Bedfordshire tender. The portal would be used to replace an existing condom ordering system that will tailor the experience to users’ needs.",
      "Bedfordshire and Luton CYP website design will commence in September 2023",
    ],
  },
  {
    ambition: 1, ref: "1c",
    condition: "Patient feedback from those with a Learning Disability, sensory impairment or additional needs is routinely gathered and acted upon.",
    progress: [
      "A new Learning Disability and Learning Difficulty Strategy is being completed and is due to be shared with staff networks and Staff side for comment. Patient feedback can currently be collected in a number of ways presently e.g., verbally, written, via FFT, via a carer.",
      "Initiate the strategy.",
    ],
  },
  {
    ambition: 1, ref: "1d",
    condition: "Patient and carer involvement is reflective of service user diversity.",
    progress: [
      "We are recruiting volunteers and involvement partners representative of the communities we serve. We will review this position again at the end of 2023-24.",
      "To be reviewed at the end of 2023-24 in terms of representation.",
      "Continue recruitment, to review outcomes at the end of 2023-24.",
    ],
  },
  {
    ambition: 2, ref: "2a",
    condition: "Our Care Quality Commission inspection rating remains outstanding.",
    progress: [
      "Second round of self-assessment completed in early 2023. The main risks identified were staffing and waiting lists (inclusive of impact). A peer review programme has been introduced and the Trust has strengthened the central review of self-assessments and action plans. A review of the internal CQC self-assessment process is now underway ready for the next round of assessment in December 2023.",
      "CQC self-assessment review underway to align with new framework.",
    ],
  },
  {
    ambition: 2, ref: "2b",
    condition: "Internal self-assessment outcomes and action plans show evidence of improvement.",
    progress: [
      "After each self-assessment or peer review process – teams identify their learning/ actions which are held on Datix. Actions are monitored via the central team and teams are asked to review these and reflect on the changes made as part of the CQC self-assessment process.",
      "None; process is new and is taking time to embed.",
      "Review the self-assessment process, and pilot new approach in Dec 2023.",
    ],
  },
  {
    ambition: 2, ref: "2c",
    condition: "Staff are trained in Quality Improvement (QI) and using it routinely.",
    progress: [
      "A range of activities are in place to increase capability and broader awareness of QI across the Trust; for example, our virtual ‘QI Academy’ ran a successful 4-day foundation course attended by 15 people and second is planned for Q3.",
      "Engagement is challenging in the context of operational pressures.",
      "Focus on building our QI community, collate case studies using ‘QI Snapshot’ and evaluate ways of determining organisational maturity in using QI.",
    ],
  },
  {
    ambition: 2, ref: "2d",
    condition: "There is an increase year-on-year of research studies being supported.",
    progress: [
      "The Research team continues to routinely review the NIHR Portfolio for studies that are suitable for adoption into the Trust and the first cohort of ‘research champions’ have completed their 6-month core elements research champions’ programme. Research study update will be reviewed at the end of 2023-24.",
      "Increase the research portfolio based on a baseline of 2022-23 activity.",
    ],
  },
  {
    ambition: 3, ref: "3a",
    condition: "The ‘think whole family’ approach is embedded, and auditable outcomes shown.",
    progress: [
      "Safeguarding policy updated and approved, and a draft implementation has been developed and commenced. Communication plan is in place; 7-minute briefing and introduction to ‘Think Whole Family’ approach being disseminated to services through comms monthly for 3 months and then bi-monthly after this. Work on-going in relation to training.",
      "The ‘Think whole family’ approach is a new way of working for our clinicians the challenge is now linked to how it is embedded across all of our services.",
      "Embed the ‘Think Whole Family’ approach in line with the implementation plan.",
    ],
  },
  {
    ambition: 3, ref: "3b",
    condition: "A reduction in hospital admissions attributed to our partnership approach to urgent care (2-hour response and virtual wards).",
    progress: [
      "Our Urgent Community Response/’Virtual Ward’ are successfully reducing ambulance conveyances and avoiding hospital admissions. Virtual Ward recruitment is focussing on Advanced Clinical Practitioners; an active recruitment process is underway.",
      "Continue to implement Luton ‘virtual ward’ and winter plans.",
    ],
  },
  {
    ambition: 3, ref: "3c",
    condition: "There is auditable evidence of routine health promotion activity in clinical contacts.",
    progress: [
      "Work has not commenced on this action yet.",
    ],
  },
  {
    ambition: 4, ref: "4a",
    condition: "Formal partnership agreements or arrangements.",
    progress: [
      "• Our children and young people’s (CYP) Services are tied into partnerships and our Trust-wide Children and Young People’s Service Plan is aligned with system priorities in each of the three systems. Some improvement working groups have multi-agency membership and system governance. • Our adults’ services in Luton are tied into the Bedfordshire Care Alliance. • Our adults’ services in Cambridgeshire and Peterborough (C&P) are tied into the North and South Partnerships and links are being firmed up.",
      "Need to link internal Trust improvement project prioritisation process with commitments to system priorities.",
      "• Embed formal process for monitoring the link between CYP Service Improvement Boards and Provider Collaborative Boards. • Align our communications plans to system developments to broaden understanding and awareness.",
    ],
  },
  {
    ambition: 4, ref: "4b",
    condition: "Agreed outcomes and ambitions.",
    progress: [
      "Work, led by the Integrated Care Board has been initiated in C&P to define a long-term outcomes framework that will demonstrate how the Joint Forward Plan is delivering system strategic ambitions.",
    ],
  },
  {
    ambition: 5, ref: "5a",
    condition: "All services have aligned involvement partners.",
    progress: [
      "The number of recruited involvement partners is growing across our services; we are on target to achieve this by the end of 2023-24 Quarter 4.",
      "Patient Involvement Partners – in place and attending People Participation Committee and Quality and Safety Improvement Committee.",
      "Recruitment is progressing well. No identified challenges currently. Looking to understand how we can ensure our involvement partners represent our communities – lessons will be learned/ reviewed as the process develops.",
      "Ensure all services have aligned involvement partners by the end of quarter 4.",
    ],
  },
  {
    ambition: 5, ref: "5b",
    condition: "Meaningful co-production in respect of all service transformation.",
    progress: [
      "We have some degree of co-production in all service transformation and recognise there is still some scope to embed this further.",
      "Continue to embed the principles of the ‘co-production ladder of engagement’.",
      "• Promote the ‘co-production ladder of engagement’.",
    ],
  },
  {
    ambition: 6, ref: "6a",
    condition: "Programmes of work successfully delivered.",
    progress: [
      "• Our Luton adults’ Services Urgent Community Response (including those patients taken from the ambulance ‘stack’ in collaboration with the East of England Ambulance Service) is successful in reducing ambulance conveyances (which allows for better use of ambulance resources and reduces congestion at A&E) and avoiding hospital admissions. It’s 2-hour response rate is c95% against a nation target of 70%. • Our ‘virtual ward’ – established in collaboration with East London NHS Foundation Trust and Bedfordshire Hospitals NHS Foundation Trust – is treating patients (both step-up and step-down) who would otherwise be in a hospital bed. In our latest East of England sitrep report (27 July 2023) we reported a total of 247 virtual beds (+41 since last Clinical Operational Board report); this represents 97% of where we wanted to be at this point in our trajectory (see also ‘Provide Outstanding Care’).",
      "• Luton Adults’. Luton adults rated as amber at Executive Programme Board for creation of the ‘virtual ward’ citing recruitment as the key challenge. • Trust-wide CYP neuro-developmental disorders. Pathway re-design is rated as amber because of delay in implementing multidisciplinary team triage in Luton. • CYP Services. Some partners have yet to demonstrate active engagement and sustained commitment Governance arrangements remain unclear.",
      "• Luton Adults’ Services. Continue to grow the capacity of the ‘virtual ward’ through recruitment and improved digital operability and deliver our winter plans.",
      "• CYP Services. Deliver workplan for this year, including outcomes plan.",
    ],
  },
];
