import { settingsForRefresh } from '../../src/core/refresh-settings';

const calendar = [
  { date: '2025-01-30', name: 'Trust Board' },
  { date: '2024-11-28', name: 'Trust Board' },
  { date: '2024-11-14', name: 'QSC' },
  { date: '2024-12-12', name: 'QSC' },
];

describe('the next meeting a refresh rates against', () => {
  it('is the one chosen for this refresh, named from the calendar when it is there', () => {
    expect(settingsForRefresh({ meetings: calendar }, { asOf: '2024-11-20', nextMeeting: '2024-12-12' }).nextMeeting).toEqual({ date: '2024-12-12', name: 'QSC' });
    expect(settingsForRefresh({ meetings: calendar }, { asOf: '2024-11-20', nextMeeting: '2024-12-12', nextMeetingName: 'December QSC' }).nextMeeting).toEqual({ date: '2024-12-12', name: 'December QSC' });
  });

  it('keeps the name stored with a date chosen again', () => {
    const stored = { nextMeeting: { date: '2022-12-14', name: 'ELG December 22' } };
    expect(settingsForRefresh(stored, { asOf: '2022-11-03', nextMeeting: '2022-12-14' }).nextMeeting).toEqual({ date: '2022-12-14', name: 'ELG December 22' });
    expect(settingsForRefresh(stored, { asOf: '2022-11-03', nextMeeting: '2022-12-15' }).nextMeeting).toEqual({ date: '2022-12-15', name: '' });
  });

  it('is the one stored in the workbook while it is still ahead', () => {
    const stored = { nextMeeting: { date: '2024-12-12', name: 'December QSC' }, meetings: calendar };
    expect(settingsForRefresh(stored, { asOf: '2024-11-20' }).nextMeeting).toEqual({ date: '2024-12-12', name: 'December QSC' });
  });

  it('is the calendar\'s first meeting on or after the as-of date once the stored one has passed', () => {
    const stored = { nextMeeting: { date: '2024-11-14', name: 'QSC' }, meetings: calendar };
    expect(settingsForRefresh(stored, { asOf: '2024-11-20' }).nextMeeting).toEqual({ date: '2024-11-28', name: 'Trust Board' });
    expect(settingsForRefresh({ meetings: calendar }, { asOf: '2024-11-28' }).nextMeeting).toEqual({ date: '2024-11-28', name: 'Trust Board' });
  });

  it('is none when nothing is set and the calendar has no meeting ahead, so the amber window stands in', () => {
    expect(settingsForRefresh(null, { asOf: '2024-11-20' }).nextMeeting).toBeNull();
    expect(settingsForRefresh({ nextMeeting: { date: '2024-10-01', name: 'Board' }, meetings: calendar }, { asOf: '2025-02-01' }).nextMeeting).toBeNull();
  });

  it('keeps the stored settings and the as-of date chosen', () => {
    const settings = settingsForRefresh({ asOf: '2020-01-01', amberWindowDays: 7 }, { asOf: '2024-11-20' });
    expect([settings.asOf, settings.amberWindowDays]).toEqual(['2024-11-20', 7]);
  });
});
