import { readHeader } from '../../../src/core/detect/columns';
import { peerColumns, peerGroups } from '../../../src/core/detect/peers';
import { subHeaderTexts } from '../../../src/core/detect/subheader';

/** The peer groups among every column of a header but the first ("Action"). */
const groupsOf = (...headers: string[]): number[][] => peerGroups(headers.map((_, i) => i + 1), ['Action', ...headers]);

describe('status columns one per part of the organisation (peers)', () => {
  it.each<[string[], number[][]]>([
    [['Medicine update', 'Surgery update', "Women's & Children's update"], [[1, 2, 3]]],
    [['North site update', 'South site update'], [[1, 2]]],
    [['Acute progress', 'Community progress', 'Mental health progress'], [[1, 2, 3]]],
    [['Medicine position', 'Surgery position'], [[1, 2]]],
    [['Medicine status', 'Surgery status'], [[1, 2]]],
    [['Medicine RAG', 'Surgery RAG'], [[1, 2]]],
    [['Medicine comments', 'Surgery comments'], [[1, 2]]],
    [['Update - Medicine', 'Update - Surgery'], [[1, 2]]],
    [['Division of Medicine update', 'Division of Surgery update'], [[1, 2]]],
    [['Medicine lead update', 'Surgery lead update'], [[1, 2]]],
    [['Medicine update', 'Medicine RAG', 'Surgery update', 'Surgery RAG'], [[1, 3], [2, 4]]],
    [['Medicine update', 'Surgery update', 'Open/Closed'], [[1, 2]]],
  ])('%j are peers: %j', (headers, groups) => {
    expect(groupsOf(...headers)).toEqual(groups);
  });

  it.each<[string[]]>([
    [['Latest update', 'Previous update']],
    [['Current position', 'Previous position']],
    [['Progress update', 'Status update']],
    [['Lead update', 'Exec update']],
    [['Update', 'Open/Closed']],
    [['Update', 'Lead RAG']],
    [['Update', 'Complete?']],
    [['Status', 'Comments']],
    [['Q1 update', 'Q2 update']],
    [['Update Nov 22', 'Update Dec 22']],
    [['Update 1', 'Update 2']],
    [['Delivery RAG', 'Progress RAG']],
    [['Medicine update', 'Medicine RAG']],
    [['Medicine update', 'Overall position']],
    [['Overall update', 'Medicine update']],
  ])('%j are not peers', (headers) => {
    expect(groupsOf(...headers)).toEqual([]);
  });

  it('finds parts named under a merged group header ("Update by directorate", "Position by site")', () => {
    const directorates = subHeaderTexts(['Action', 'Update by directorate', null, null], [null, 'Medicine', 'Surgery', "Women's & Children's"]) ?? [];
    expect(peerColumns(readHeader(directorates), directorates)).toEqual([[1, 2, 3]]);
    const sites = subHeaderTexts(['Action', 'Due', 'Position by site', null], [null, null, 'North site', 'South site']) ?? [];
    expect(peerColumns(readHeader(sites), sites)).toEqual([[2, 3]]);
  });

  it('gives the row reader the groups among the status column and those read beside it, or none', () => {
    const header = ['Action', 'Due', 'Medicine update', 'Surgery update', 'Open/Closed'];
    expect(peerColumns(readHeader(header), header)).toEqual([[2, 3]]);
    const flags = ['Action', 'Due', 'Update', 'Open/Closed', 'Lead RAG'];
    expect(peerColumns(readHeader(flags), flags)).toBeUndefined();
  });

  it('leaves the parts unread beside an overall position, as before', () => {
    const header = ['Action', 'Due', 'Update - Medicine', 'Update - Surgery', 'Overall position', 'Corporate RAG'];
    const reading = readHeader(header);
    expect([reading.columns.status, reading.extraStatus]).toEqual([4, [5]]);
    expect(peerColumns(reading, header)).toBeUndefined();
  });
});
