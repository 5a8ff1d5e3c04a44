import { describe, expect, it } from 'vitest';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('We Work Remotely', () => {
  itKnowsUrls('weworkremotely', {
    postings: [
      'https://weworkremotely.com/remote-jobs/quillstack-senior-rails-engineer',
      'https://weworkremotely.com/listings/quillstack-senior-rails-engineer',
    ],
    notPostings: [
      'https://weworkremotely.com/remote-jobs/search?term=rails',
      'https://weworkremotely.com/remote-jobs/new',
      'https://weworkremotely.com/remote-jobs.rss',
    ],
  });
  itReadsFixture('weworkremotely.html', {
    fields: {
      title: 'Senior Rails Engineer',
      company: 'Quillstack',
      locationText: 'Europe Only',
      employmentType: 'Full-Time',
      description:
        "Quillstack sells invoicing software to translators and other freelancers.\nWhat you'll do\nKeep a ten-year-old Rails app pleasant to work in\nOwn the tax rules for every country we bill in\nRequirements\nRails since before Hotwire",
    },
    job: {
      title: 'Senior Rails Engineer',
      company: 'Quillstack',
      locationText: 'Europe Only',
      workplace: 'remote',
    },
  });

  it('does not read the 0/0 JSON-LD baseSalary as a salary', () => {
    const { html, url } = siteFixture('weworkremotely.html');
    expect(scan(siteDoc(html), url).job?.salary).toBeNull();
  });
});
