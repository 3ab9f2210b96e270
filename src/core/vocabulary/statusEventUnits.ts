/*
 * Events an engagement programme runs again and again, counted as status/occurrence.ts counts a training's cohorts:
 * "14 visits completed since Aug 26" is the programme so far, not the action done ("All 12 visits completed" is).
 */
export const EVENT_UNITS: readonly string[] = [
  'visit', 'visits', 'walkabout', 'walkabouts', 'walkround', 'walkrounds', 'walk round', 'walk rounds', 'clinic', 'clinics',
  'event', 'events', 'roadshow', 'roadshows', 'drop in', 'drop ins', 'huddle', 'huddles', 'forum', 'forums', 'listening event', 'listening events',
];
