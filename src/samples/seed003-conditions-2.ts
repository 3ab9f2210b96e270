import type { ConditionRow } from './types';

/**
 * Seed 003, Annexes C and D: conditions of ambitions 7–12.
 * Progress items are the annex's Successes, Challenges & learning and Focus to March 2024
 * entries under the topic heading that matches the condition, verbatim; a PDF line or column
 * break inside an item is joined with a space.
 */
export const seed003Conditions2: readonly ConditionRow[] = [
  {
    ambition: 7, ref: "7a",
    condition: "Providing flexible career opportunities, less linear career progression, opportunities and career breaks, to ensure we retain the skills and dedication of our people.",
    progress: [
      "Being reviewed as part of our development of strategic workforce plans for each service.",
      "Recruitment and Retention Planning – plans being developed for hot spot areas such as 0-19 services and dental services",
      "Main challenge in this area is the demands being placed on our services and some hot spots in relation to recruitment and retention.",
      "• Career pathway review leading to greater flexibility.",
      "• Succession planning",
    ],
  },
  {
    ambition: 7, ref: "7b",
    condition: "Co creating new and extended roles across our different services.",
    progress: [],
  },
  {
    ambition: 7, ref: "7c",
    condition: "Ensure that everyone has a personal career plan in place and celebrate with our people the great work that they do.",
    progress: [
      "A Training Needs Analysis for all staff groups has been completed and training plan developed.",
      "Career Planning Workshops – in place on monthly basis and open to all",
    ],
  },
  {
    ambition: 7, ref: "7d",
    condition: "Providing an environment that enables our people to have the best experience at work.",
    progress: [
      "Annual Staff Survey – 2023 survey being launched 14 September 2023",
      "• Analysing staff survey results and agreeing further improvement actions",
    ],
  },
  {
    ambition: 8, ref: "8a",
    condition: "Deliver our anti racism pledge, ensuring that service users and our people report our services are inclusive and easy to access.",
    progress: [
      "We continue to pursue our anti-racism pledges, our Cultural Ambassador and Armed Forces Covenant programmes.",
      "Anti-racism pledges – being extended to wider executive colleagues in addition to Board members.",
      "• Promoting all anti-racism pledges",
    ],
  },
  {
    ambition: 8, ref: "8b",
    condition: "Improving the diversity of our workforce, at all levels, in line with the makeup of our local populations.",
    progress: [
      "We have diversified the composition of our recruitment panels. Diversity of our workforce is increasing at bands 6, 7 and 8a as per our stretch targets.",
      "Diversity Mentoring – programme in place and available to all",
      "We are also experiencing some challenges in relation to the wider diversity on recruitment panels.",
      "• Improving system and processes for wider diversity on our recruitment panels.",
    ],
  },
  {
    ambition: 8, ref: "8c",
    condition: "Ensuring that we co-create a culture of mutual respect and understanding which supports individuals to understand diversity and inclusion is everyone’s responsibility.",
    progress: [
      "Responsibility for Diversity & Inclusion – looking to role our cultural competency programme across the organisation.",
      "Delay in the cultural competency programme being rolled out across the system.",
      "• Launching cultural competency training programme",
    ],
  },
  {
    ambition: 9, ref: "9a",
    condition: "Enabling our leaders to be creative in the way that they support our people to have greater choice in when, where and how they work. We will redefine our approach to flexible working which will improve our peoples’ work life balance.",
    progress: [
      "Line manager development programme under construction; this will include managing ambiguity; compassionate performance management; vital conversations; agile leadership. First training cohort starting imminently.",
      "Main challenge in this area is enabling our managers to fully explore all flexible working options – this does provide an extra layer of complexity for our leaders.",
      "• Launching our People Leaders Masterclasses.",
    ],
  },
  {
    ambition: 9, ref: "9b",
    condition: "Ensuring that all our people have supportive conversations with their manager to enable them to achieve a healthy work life balance.",
    progress: [
      "We continue to promote the value of essential conversations between leaders and our people and this is part of our line manager development training.",
    ],
  },
  {
    ambition: 9, ref: "9c",
    condition: "Continuing to review and enhance our health and wellbeing offer for all.",
    progress: [
      "This is on-going and we continue to promote the use of our adjustments passport.",
      "Staff Networks – Caring responsibilities network launched June 2023",
      "• Continuing to promote adjustments passport",
      "• Reviewing our Occupational Health services and Employee Assistance Programmes to ensure meeting needs.",
    ],
  },
  {
    ambition: 10, ref: "10a",
    condition: "When our people and the organisation can celebrate the positive innovation and the continued improvements these bring to our services.",
    progress: [
      "We continue to introduce digital innovation, including digital information platforms, remote health monitoring of patients, on-line patient management pathways and virtual wards.",
    ],
  },
  {
    ambition: 10, ref: "10b",
    condition: "When we have a consistent approach in understanding the existing and future full cost of all of services regardless of the contractual circumstances.",
    progress: [
      "There is a focussed piece of work alongside the contract extension negotiations to establish a consistent approach to recognising demand and inflationary pressures within a contract framework that is consistent across Local Authority and NHS Commissioners.",
    ],
  },
  {
    ambition: 10, ref: "10c",
    condition: "Service users continue to receive services on time and to a good quality.",
    progress: [
      "We continue to report assurance of delivery through our Clinical Operational Boards, and overall services are delivered in a timely manner with a clear understanding of the key areas of pressure.",
    ],
  },
  {
    ambition: 11, ref: "11a",
    condition: "When our main sites host various activities 7 days a week and provide increased social value to the localities they support.",
    progress: [
      "See ‘Focus to Mar 24’ below.",
      "• Agreed action plan is to: i. Identify potentially available space and map availability – Oct to Dec 23. ii. Determine utilisation rules, booking process – Jan to Mar 24. iii. Develop communications plan – Jan to Mar 24.",
    ],
  },
  {
    ambition: 11, ref: "11b",
    condition: "When our local communities adopt these sites as key to supporting social inclusion and development.",
    progress: [
      "Roll-out will be detailed in the Estates Strategy implementation plan for 2024-25.",
    ],
  },
  {
    ambition: 12, ref: "12a",
    condition: "When our people actively promote and influence, where possible, the positive benefits of environmental awareness",
    progress: [
      "We have appointed 17 Green Champions from across our services. They meet regularly and communicate initiatives with staff which is helping to foster a sense of ownership.",
    ],
  },
  {
    ambition: 12, ref: "12b",
    condition: "When a UL and zero emission vehicle is the first choice from our people when choosing a lease car.",
    progress: [
      "There has been an increase in the number of staff who have opted for Ultra-Low emissions vehicles (ULEV) and Zero emissions vehicles (ZEV), including vehicles on order, there will soon be a total of 23 ZEV’s and 39 ULEV’s across our salary sacrifice and lease car users.",
    ],
  },
];
