import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { teamtailorPostingId } from '../../../../lib/page/sites/teamtailor';

describe('Teamtailor', () => {
  itKnowsUrls('teamtailor', {
    postings: [
      'https://nordvikgames.teamtailor.com/jobs/6418207-backend-developer-matchmaking',
      'https://nordvikgames.teamtailor.com/jobs/6418207',
      'https://nordvikgames.na.teamtailor.com/jobs/6418207-backend-developer-matchmaking?utm_source=linkedin',
      'https://nordvikgames.teamtailor.com/sv/jobs/6418207-backend-developer-matchmaking',
    ],
    notPostings: [
      'https://nordvikgames.teamtailor.com/',
      'https://nordvikgames.teamtailor.com/jobs',
      'https://nordvikgames.teamtailor.com/jobs?department=Engineering',
      'https://nordvikgames.teamtailor.com/jobs/6418207-backend-developer-matchmaking/applications/new',
      'https://nordvikgames.teamtailor.com/departments/engineering',
      'https://nordvikgames.teamtailor.com/connect',
    ],
  });

  itReadsFixture('teamtailor.html', {
    fields: {
      title: 'Backend Developer, Matchmaking',
      company: 'Nordvik Games',
      locationText: 'Malmö',
      workplace: 'Hybrid',
      description: [
        'Nordvik Games makes co-op games for small groups of friends.',
        'What you will do',
        'Build the service that puts players into fair matches',
        'Keep latency low for players on three continents',
        'Who you are',
        'You have shipped Go or Rust services to production',
      ].join('\n'),
      applyUrl:
        'https://nordvikgames.teamtailor.com/jobs/6418207-backend-developer-matchmaking/applications/new',
      postingId: '6418207',
    },
    job: {
      title: 'Backend Developer, Matchmaking',
      company: 'Nordvik Games',
      locationText: 'Malmö',
      workplace: 'hybrid',
    },
  });

  it.each([
    ['https://nordvikgames.teamtailor.com/jobs/6418207-backend-developer-matchmaking', '6418207'],
    ['https://nordvikgames.na.teamtailor.com/jobs/6418207', '6418207'],
    [
      'https://nordvikgames.teamtailor.com/jobs/6418207-backend-developer-matchmaking/applications/new',
      '6418207',
    ],
    ['https://nordvikgames.teamtailor.com/jobs', undefined],
    ['https://careers.nordvikgames.example/jobs/6418207-backend-developer-matchmaking', undefined],
  ])('teamtailorPostingId(%s) is %s', (href, id) => {
    expect(teamtailorPostingId(new URL(href))).toBe(id);
  });
});
