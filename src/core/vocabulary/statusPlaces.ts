/*
 * Places a change goes live in, one by one (SPEC 4, round 24): a completion named for some of them ("Live on
 * Wards 7 and 8", "live on 2 wards", "Rolled out to three wards") is the work under way where the whole is not
 * named ("on all wards", "on both sites", "trust-wide"). Read by status/placeSubset.ts.
 */

/** Places named in the plural with a count or a list after a completion: "on 2 wards", "at sites A and B". */
export const PLACE_NOUNS: readonly string[] = [
  'wards', 'sites', 'units', 'hospitals', 'practices', 'teams', 'areas', 'departments', 'hubs', 'localities', 'clinics',
  'bays', 'theatres', 'divisions', 'directorates', 'specialties', 'boroughs', 'pcns', 'homes', 'surgeries', 'schools',
  'floors', 'buildings', 'campuses', 'services', 'pathways', 'trusts', 'places', 'neighbourhoods', 'zones', 'blocks',
];

/** Words for a count of places: "on three wards" ("one" is left out: "one stop clinics"). */
export const COUNT_WORDS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'a few', 'few'];

/** Words that name the whole set of places, so the completion is not of a subset: "on all 8 wards", "every site". */
export const WHOLE_WORDS: readonly string[] = [
  'all', 'both', 'every', 'each', 'whole', 'entire', 'trustwide', 'trust wide', 'organisation wide', 'system wide',
  'in scope', 'remaining', 'rest', 'final', 'last',
];
