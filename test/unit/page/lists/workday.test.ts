import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../../lib/access/match-pattern';
import { workdayList } from '../../../../lib/page/lists/workday';
import { workday } from '../../../../lib/page/sites/workday';
import { cardsOf, itReadsListFixture, listPage, type CardExpectation } from '../../../helpers/lists';

const RESULTS: CardExpectation[] = [
  {
    id: '/en-US/External/job/Toronto-ON/Payroll-Specialist_R-10422',
    title: 'Payroll Specialist',
    company: undefined,
    location: 'Toronto, ON',
    pay: undefined,
    anchor: 'Toronto, ON',
  },
  {
    id: '/en-US/External/job/Austin-TX/Senior-Data-Analyst_R-10397',
    title: 'Senior Data Analyst',
    company: undefined,
    location: '2 Locations',
    pay: undefined,
    anchor: '2 Locations',
  },
  {
    id: '/en-US/External/job/Remote-USA/Customer-Success-Manager_R-10388-1',
    title: 'Customer Success Manager',
    company: undefined,
    location: 'Remote - USA',
    pay: undefined,
    anchor: 'Remote - USA',
  },
  {
    id: '/en-US/External/job/Calgary-AB/Field-Service-Technician_R-10371',
    title: 'Field Service Technician',
    company: undefined,
    location: undefined,
    pay: undefined,
    anchor: 'Field Service Technician',
  },
];

describe('Workday search pages', () => {
  // the results only (not the filters), "2 Locations" as written, the requisition line no card
  itReadsListFixture(workdayList, 'workday.html', RESULTS);

  // a posting open beside the results (…/details/…): both scripts run there, and the list part
  // reads the same results, never the posting's own facts
  it('workday--pane.html: the results beside an open posting, and only them', () => {
    const { url } = listPage('workday--pane.html');
    expect(workdayList.matches.some((m) => matchesPattern(m, url))).toBe(true);
    expect(workday.isPosting(url)).toBe(true);
    expect(cardsOf(workdayList, 'workday--pane.html')).toEqual(RESULTS);
  });
});
